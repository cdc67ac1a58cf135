import type { UserIdentity } from './UserIdentity';

/** What a wiki stores about an account, minus secrets. Timestamps are MediaWiki's 14-digit UTC format. @public */
export interface UserRecord extends UserIdentity {
  readonly email: string | null;
  /** When the email address was confirmed, or null. */
  readonly emailAuthenticated: string | null;
  readonly registration: string;
  readonly editCount: number;
  /** Timestamp of the first and the latest edit, or null for an account that never edited. */
  readonly firstEdit: string | null;
  readonly latestEdit: string | null;
}

/** Finds accounts (MediaWiki's UserIdentityLookup). Names are normalised as MediaWiki does (`foo bar` -> `Foo bar`). @public */
export interface UserLookup {
  getUserById(id: number): Promise<UserRecord | null>;
  getUserByName(name: string): Promise<UserRecord | null>;
}
