import { ArticleViewHeader } from './ArticleViewHeader';
import { EventRegistrationForm } from './EventRegistrationForm';
import { LoadExtensionSchemaUpdates } from './LoadExtensionSchemaUpdates';
import { PageSaveComplete } from './PageSaveComplete';
import { PageView } from './PageView';
import { UserRegistration } from './UserRegistration';

export { ArticleViewHeader, type ArticleViewHeaderHook } from './ArticleViewHeader';
export { EventRegistrationForm, type EventRegistrationFormHook } from './EventRegistrationForm';
export { LoadExtensionSchemaUpdates, type LoadExtensionSchemaUpdatesHook } from './LoadExtensionSchemaUpdates';
export { PageSaveComplete, type PageSaveCompleteHook } from './PageSaveComplete';
export { PageView, type PageViewHook } from './PageView';
export { UserRegistration, type UserRegistrationHook } from './UserRegistration';
export type * from './data/ArticleViewHeaderData';
export type * from './data/EventRegistrationFormData';
export * from './data/HookUser';
export type * from './data/PageSaveCompleteData';
export type * from './data/PageViewData';
export type { SchemaUpdater } from '../src/framework/db/schema/SchemaUpdater';
export type { SafeHtml } from '../src/framework/html/html';

/**
 * Every hook the host and the extensions of this repository run. `createHookRunner(container, hookCatalog)` declares
 * them all; docs/hooks.md is generated from this list (`npm run hooks:docs`).
 *
 * @public
 */
export const hookCatalog = [
  PageView,
  UserRegistration,
  EventRegistrationForm,
  PageSaveComplete,
  LoadExtensionSchemaUpdates,
  ArticleViewHeader,
] as const;
