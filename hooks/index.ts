import { EventRegistrationForm } from './EventRegistrationForm';
import { PageView } from './PageView';
import { UserRegistration } from './UserRegistration';

export { EventRegistrationForm, type EventRegistrationFormHook } from './EventRegistrationForm';
export { PageView, type PageViewHook } from './PageView';
export { UserRegistration, type UserRegistrationHook } from './UserRegistration';
export type * from './data/EventRegistrationFormData';
export type * from './data/HookUser';
export type * from './data/PageViewData';

/**
 * Every hook the host and the extensions of this repository run. `createHookRunner(container, hookCatalog)` declares
 * them all; docs/hooks.md is generated from this list (`npm run hooks:docs`).
 *
 * @public
 */
export const hookCatalog = [PageView, UserRegistration, EventRegistrationForm] as const;
