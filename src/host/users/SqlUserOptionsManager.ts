import { isDeepStrictEqual } from 'node:util';
import type { UserOptionsManager } from '../../framework/core/UserOptionsLookup';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import type { Database } from '../../framework/db/Database';
import { HostError } from '../HostError';
import type { UserTables } from './userTables';

/** `up_property` and `up_value` sizes in tables.json. */
const MAX_NAME_BYTES = 255;
const MAX_VALUE_BYTES = 65530;

/**
 * Preferences in `user_properties`, one JSON value per row. Only values that differ from the defaults
 * (`DefaultUserOptions`) are stored: setting an option back to its default, or to null, deletes its row, so a
 * later change of the default reaches everyone who never chose otherwise. Anonymous visitors have the defaults.
 *
 * @public
 */
export class SqlUserOptionsManager implements UserOptionsManager {
  private readonly db: Database<UserTables>;
  private readonly hidden: ReadonlySet<string>;

  /**
   * @param defaults `DefaultUserOptions` (core plus extension manifests).
   * @param hidden `HiddenPrefs`: stored and readable by code, not shown on the preferences page.
   */
  constructor(
    db: Database,
    private readonly defaults: Readonly<Record<string, unknown>>,
    hidden: readonly string[],
  ) {
    this.db = db.as<UserTables>();
    this.hidden = new Set(hidden);
  }

  /** The user's value, else the default, else null (an option nobody declared). */
  async getOption(user: UserIdentity, name: string): Promise<unknown> {
    if (isRegistered(user)) {
      const row = await this.db.kysely
        .selectFrom('user_properties')
        .select('up_value')
        .where('up_user', '=', user.id)
        .where('up_property', '=', name)
        .executeTakeFirst();
      if (row !== undefined) return decode(row.up_value);
    }
    return this.defaults[name] ?? null;
  }

  async getOptions(user: UserIdentity, options: { includeHidden?: boolean } = {}): Promise<Record<string, unknown>> {
    const values: Record<string, unknown> = { ...this.defaults };
    if (isRegistered(user)) {
      const rows = await this.db.kysely
        .selectFrom('user_properties')
        .select(['up_property', 'up_value'])
        .where('up_user', '=', user.id)
        .execute();
      for (const row of rows) values[row.up_property] = decode(row.up_value);
    }
    if (!options.includeHidden) for (const name of this.hidden) delete values[name];
    return values;
  }

  /**
   * Stores `value` (anything JSON can hold); null or the default value removes the stored choice.
   *
   * @throws HostError `notloggedin` for an anonymous visitor; `invalidoptionname` for an empty or over-long name;
   *   `invalidoptionvalue` for a value JSON cannot hold (a function); `optionvaluetoolong` when its JSON does not
   *   fit the column.
   */
  async setOption(user: UserIdentity, name: string, value: unknown): Promise<void> {
    if (!isRegistered(user)) {
      throw new HostError('notloggedin', 'Please log in to change your preferences; visitors who are not logged in always have the defaults.');
    }
    if (name === '' || Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) {
      throw new HostError('invalidoptionname', `"${name}" is not a valid preference name: it must have 1 to ${MAX_NAME_BYTES} bytes.`);
    }
    const json = JSON.stringify(value ?? null) as string | undefined;
    if (json === undefined) {
      throw new HostError('invalidoptionvalue', `The value of the preference "${name}" cannot be stored: use a string, number, boolean, list or object.`);
    }
    if (json === 'null' || isDeepStrictEqual(JSON.parse(json), this.defaults[name])) {
      await this.db.kysely.deleteFrom('user_properties').where('up_user', '=', user.id).where('up_property', '=', name).execute();
      return;
    }
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > MAX_VALUE_BYTES) {
      throw new HostError('optionvaluetoolong', `The value of the preference "${name}" is ${bytes} bytes as JSON; at most ${MAX_VALUE_BYTES} can be stored.`);
    }
    await this.db.upsert('user_properties', { up_user: user.id, up_property: name, up_value: json }, ['up_user', 'up_property'], ['up_value']);
  }

  isHidden(name: string): boolean {
    return this.hidden.has(name);
  }
}

/** Rows hold JSON; a row written by hand as bare text (as MediaWiki stores options) reads back as that text. */
function decode(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
