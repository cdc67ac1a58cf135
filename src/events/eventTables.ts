import type { Generated } from 'kysely';

/**
 * The kysely view of CampaignEvents' tables (sql/tables.json). Times are 14-digit MediaWiki timestamps; ids and
 * small integers may come back as strings or bigints depending on the driver, so readers use `Database.readNumber`.
 */

/** @internal */
export interface CampaignEventsTable {
  event_id: Generated<number>;
  event_name: string;
  event_page_namespace: number;
  event_page_title: string;
  event_page_wiki: string;
  event_page_prefixedtext: string;
  /** '' for none. */
  event_chat_url: string;
  /** 1 open, 2 closed. */
  event_status: number;
  event_timezone: string;
  event_start_local: string;
  event_start_utc: string;
  event_end_local: string;
  event_end_utc: string;
  /** EventTypesRegistry bitmask. */
  event_types: number;
  event_track_contributions: number;
  /** 1 in person, 2 online, 3 both (not the participation bitmask). */
  event_meeting_type: number;
  /** '' for none. */
  event_meeting_url: string;
  event_created_at: string;
  event_last_edit: string;
  event_deleted_at: string | null;
  event_is_test_event: number;
}

/** @internal */
export interface OrganizersTable {
  ceo_id: Generated<number>;
  ceo_event_id: number;
  ceo_user_id: number;
  /** Bitset: 1 creator, 2 organizer. */
  ceo_roles: number;
  ceo_created_at: string;
  ceo_deleted_at: string | null;
}

/** @internal */
export interface AddressTable {
  cea_id: Generated<number>;
  /** '' when only the country is known. */
  cea_full_address: string;
  cea_country_code: string;
}

/** @internal */
export interface EventAddressTable {
  ceea_id: Generated<number>;
  ceea_event: number;
  ceea_address: number;
}

/** @internal */
export interface EventWikisTable {
  ceew_id: Generated<number>;
  ceew_event_id: number;
  /** A wiki ID, or `*all*`. */
  ceew_wiki: string;
}

/** @internal */
export interface EventTopicsTable {
  ceet_id: Generated<number>;
  ceet_event_id: number;
  ceet_topic: string;
}

/** @internal */
export interface TrackingToolsTable {
  cett_id: Generated<number>;
  cett_event: number;
  cett_tool_id: string;
  cett_tool_event_id: string;
  cett_sync_status: Generated<number>;
  cett_last_sync: string | null;
}

/** @internal */
export interface EventTables {
  campaign_events: CampaignEventsTable;
  ce_organizers: OrganizersTable;
  ce_address: AddressTable;
  ce_event_address: EventAddressTable;
  ce_event_wikis: EventWikisTable;
  ce_event_topics: EventTopicsTable;
  ce_tracking_tools: TrackingToolsTable;
}

/** `ce_event_wikis.ceew_wiki` for "all wikis". */
export const ALL_WIKIS_DB_VALUE = '*all*';
