import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';
import type { PageSaveFlags, SavedPage, SavedRevision, SavingUser } from './data/PageSaveCompleteData';

/** Runs after an edit has been saved. @public */
export const PageSaveComplete = defineHook<[page: SavedPage, revision: SavedRevision, user: SavingUser, flags: PageSaveFlags]>()({
  name: 'PageSaveComplete',
  args: [
    { name: 'page', type: 'SavedPage', description: 'The page the edit was saved to (id, namespace, dbKey, title text).' },
    { name: 'revision', type: 'SavedRevision', description: 'The new revision: id, parent id, ISO 8601 timestamp, size in bytes, summary.' },
    { name: 'user', type: 'SavingUser', description: 'Who saved the edit (id 0 for an anonymous edit).' },
    { name: 'flags', type: 'PageSaveFlags', description: 'Whether the edit created the page.' },
  ],
  abortable: false,
  mode: 'async',
  errorPolicy: 'isolate',
  since: '0.1.0',
  description:
    "Runs after an edit has been committed, as MediaWiki's PageSaveComplete. Not run when the text did not change " +
    '(a null edit saves no revision). A failing handler is logged; the edit stays saved.',
});

/** Implemented by handlers of `PageSaveComplete`. @public */
export type PageSaveCompleteHook = HookInterface<typeof PageSaveComplete>;
