import { type Selectable, sql } from 'kysely';
import type { Clock } from '../../framework/core/Clock';
import { toMwTimestamp } from '../../framework/core/MwTimestamp';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import type { UserLookup, UserRecord } from '../../framework/core/UserLookup';
import type { Database } from '../../framework/db/Database';
import { HostError } from '../HostError';
import { checkEmailAddress } from './checkEmailAddress';
import { normalizeUserName } from './normalizeUserName';
import type { PasswordHasher } from './PasswordHasher';
import { checkPasswordPolicy } from './passwordPolicy';
import type { UserTable, UserTables } from './userTables';

/** Every column but the password hash, which never leaves this class. */
const PUBLIC_COLUMNS = [
  'user_id',
  'user_name',
  'user_email',
  'user_email_authenticated',
  'user_registration',
  'user_editcount',
  'user_first_edit',
  'user_latest_edit',
] as const;

/** Same words for an unknown name and a wrong password, so a login form cannot be used to find out who has an account. */
const WRONG_PASSWORD = 'Incorrect username or password entered. Please try again.';

/**
 * Accounts in the `user` table: creation with MediaWiki's name and password rules, login, password changes, email
 * confirmation and the edit counters.
 *
 * @public
 */
export class UserStore implements UserLookup {
  /** MediaWiki's canonical user name; see normalizeUserName. */
  static normalizeName(name: string): string {
    return normalizeUserName(name);
  }

  private readonly db: Database<UserTables>;
  /** Verified against when the name is unknown, so that answer takes as long as a wrong password. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
  ) {
    this.db = db.as<UserTables>();
  }

  async getUserById(id: number): Promise<UserRecord | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await this.db.kysely.selectFrom('user').select(PUBLIC_COLUMNS).where('user_id', '=', id).executeTakeFirst();
    return row === undefined ? null : this.toRecord(row);
  }

  /** Finds an account by any spelling MediaWiki treats as the same name; an invalid name finds none. */
  async getUserByName(name: string): Promise<UserRecord | null> {
    let canonical: string;
    try {
      canonical = normalizeUserName(name);
    } catch {
      return null;
    }
    const row = await this.db.kysely.selectFrom('user').select(PUBLIC_COLUMNS).where('user_name', '=', canonical).executeTakeFirst();
    return row === undefined ? null : this.toRecord(row);
  }

  /**
   * Creates an account, registered now.
   *
   * @throws HostError `invalidusername`, `userexists` (the same name after normalisation), `passwordtooshort`,
   *   `passwordtoolong`, `password-name-match` or `invalidemailaddress`.
   */
  async createUser(name: string, password: string, options: { email?: string } = {}): Promise<UserRecord> {
    const canonical = normalizeUserName(name);
    checkPasswordPolicy(canonical, password);
    const email = checkEmailAddress(options.email ?? '');
    await this.assertNameFree(canonical);
    const hash = await this.hasher.hash(password);
    try {
      const id = await this.db.insert('user', {
        user_name: canonical,
        user_password: hash,
        user_email: email,
        user_email_authenticated: null,
        user_registration: toMwTimestamp(this.clock.now()),
        user_first_edit: null,
        user_latest_edit: null,
      });
      return (await this.getUserById(id))!;
    } catch (error) {
      // Someone took the name while the password was being hashed: the unique index refused the second row.
      await this.assertNameFree(canonical);
      throw error;
    }
  }

  /**
   * The account `name` if `password` is its password.
   *
   * @throws HostError `wrongpassword` for an unknown or invalid name and for a wrong password alike.
   */
  async authenticate(name: string, password: string): Promise<UserRecord> {
    let canonical: string | null;
    try {
      canonical = normalizeUserName(name);
    } catch {
      canonical = null;
    }
    const row =
      canonical === null
        ? undefined
        : await this.db.kysely.selectFrom('user').select([...PUBLIC_COLUMNS, 'user_password']).where('user_name', '=', canonical).executeTakeFirst();
    const matches = await this.hasher.verify(password, row?.user_password ?? (await this.decoy()));
    if (row === undefined || !matches) throw new HostError('wrongpassword', WRONG_PASSWORD);
    return this.toRecord(row);
  }

  /**
   * Replaces the password of `user`.
   *
   * @throws HostError `nosuchuser`, or the password policy's errors.
   */
  async setPassword(user: UserIdentity, password: string): Promise<void> {
    const record = await this.requireUser(user);
    checkPasswordPolicy(record.name, password);
    const hash = await this.hasher.hash(password);
    await this.db.kysely.updateTable('user').set({ user_password: hash }).where('user_id', '=', record.id).execute();
  }

  /**
   * Counts an edit saved at `timestamp` (14 digits): one more edit, and the first and latest edit times widened to
   * include it. Edits of anonymous visitors are not counted anywhere, as in MediaWiki.
   */
  async recordEdit(user: UserIdentity, timestamp: string): Promise<void> {
    if (!isRegistered(user)) return;
    await this.db.kysely
      .updateTable('user')
      .set({
        user_editcount: sql`user_editcount + 1`,
        user_first_edit: sql`CASE WHEN user_first_edit IS NULL OR user_first_edit > ${timestamp} THEN ${timestamp} ELSE user_first_edit END`,
        user_latest_edit: sql`CASE WHEN user_latest_edit IS NULL OR user_latest_edit < ${timestamp} THEN ${timestamp} ELSE user_latest_edit END`,
      })
      .where('user_id', '=', user.id)
      .execute();
  }

  /**
   * Marks the account's email address as confirmed at `timestamp` (default now).
   *
   * @throws HostError `nosuchuser`; `noemail` when the account has no address to confirm.
   */
  async confirmEmail(user: UserIdentity, timestamp = toMwTimestamp(this.clock.now())): Promise<void> {
    const record = await this.requireUser(user);
    if (record.email === null) {
      throw new HostError('noemail', `There is no email address recorded for user "${record.name}". Set an address before confirming it.`);
    }
    await this.db.kysely.updateTable('user').set({ user_email_authenticated: timestamp }).where('user_id', '=', record.id).execute();
  }

  private async assertNameFree(canonical: string): Promise<void> {
    const taken = await this.db.kysely.selectFrom('user').select('user_id').where('user_name', '=', canonical).executeTakeFirst();
    if (taken !== undefined) {
      throw new HostError('userexists', `Username "${canonical}" is already in use. Please choose a different name.`);
    }
  }

  private async requireUser(user: UserIdentity): Promise<UserRecord> {
    const record = await this.getUserById(user.id);
    if (record === null) throw new HostError('nosuchuser', `The user "${user.name}" does not exist.`);
    return record;
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash('decoy password nobody has');
    return this.decoyHash;
  }

  private toRecord(row: Pick<Selectable<UserTable>, (typeof PUBLIC_COLUMNS)[number]>): UserRecord {
    return {
      id: this.db.readNumber(row.user_id),
      name: row.user_name,
      email: row.user_email === '' ? null : row.user_email,
      emailAuthenticated: row.user_email_authenticated,
      registration: row.user_registration,
      editCount: this.db.readNumber(row.user_editcount),
      firstEdit: row.user_first_edit,
      latestEdit: row.user_latest_edit,
    };
  }
}
