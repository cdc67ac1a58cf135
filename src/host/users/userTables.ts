import type { Generated } from 'kysely';

/**
 * The kysely view of the account tables in sql/host/tables.json. Times are 14-digit MediaWiki timestamps; text in
 * binary columns reads back as strings on both databases (connectDatabase sees to that on MariaDB).
 */

/** @internal */
export interface UserTable {
  user_id: Generated<number>;
  user_name: string;
  user_password: string;
  /** `''` when the account has no address. */
  user_email: string;
  user_email_authenticated: string | null;
  user_registration: string;
  user_editcount: Generated<number>;
  user_first_edit: string | null;
  user_latest_edit: string | null;
}

/** @internal */
export interface UserGroupsTable {
  ug_user: number;
  ug_group: string;
  /** null: never expires. */
  ug_expiry: string | null;
}

/** @internal */
export interface UserPropertiesTable {
  up_user: number;
  up_property: string;
  /** JSON. */
  up_value: string | null;
}

/** @internal */
export interface UserTables {
  user: UserTable;
  user_groups: UserGroupsTable;
  user_properties: UserPropertiesTable;
}
