/** The page an edit was saved to, for the `PageSaveComplete` hook. @public */
export interface SavedPage {
  id: number;
  namespace: number;
  /** Database key without the namespace, e.g. `Spring_edit-a-thon`. */
  dbKey: string;
  /** Title as shown, with the namespace, e.g. `Event:Spring edit-a-thon`. */
  text: string;
}

/** The revision the edit created. @public */
export interface SavedRevision {
  id: number;
  /** The revision before it, or 0 when the edit created the page. */
  parentId: number;
  /** ISO 8601 time of the save. */
  timestamp: string;
  /** Size of the new text in bytes (UTF-8). */
  size: number;
  /** The edit summary. */
  comment: string;
}

/** Who saved the edit: id 0 and the IP address as name for an anonymous edit. @public */
export interface SavingUser {
  id: number;
  name: string;
}

/** How the edit changed the wiki (MediaWiki's `EDIT_NEW` flag). @public */
export interface PageSaveFlags {
  /** The edit created the page. */
  isNew: boolean;
}
