import type { Selectable } from 'kysely';
import { inject } from 'tsyringe';
import { ContributionTrackingPolicy } from '../contributions/ContributionTrackingPolicy';
import type { Clock } from '../framework/core/Clock';
import { toMwTimestamp } from '../framework/core/MwTimestamp';
import type { Database } from '../framework/db/Database';
import {
  ALL_WIKIS,
  type EventAddress,
  type EventRegistration,
  type EventWikis,
  type ExistingEventRegistration,
  type ParticipationOptions,
  PARTICIPATION_IN_PERSON,
  PARTICIPATION_ONLINE,
  type TrackingToolAssociation,
} from './EventRegistration';
import { ALL_WIKIS_DB_VALUE, type CampaignEventsTable, type EventTables } from './eventTables';
import { EventTypesRegistry } from './EventTypesRegistry';
import { WikiLookup } from './WikiLookup';

const STATUS_TO_DB = { open: 1, closed: 2 } as const;
const DB_TO_STATUS: Record<number, 'open' | 'closed'> = { 1: 'open', 2: 'closed' };
/** `event_meeting_type` numbers online and in person the other way round from the participation bitmask. */
const MEETING_TYPE_IN_PERSON = 1;
const MEETING_TYPE_ONLINE = 2;

type EventRow = Selectable<CampaignEventsTable>;

/** Wikis, topics, address and tracking tools of some events, by event id. */
interface EventDetails {
  wikis: Map<number, string[]>;
  topics: Map<number, string[]>;
  addresses: Map<number, EventAddress>;
  tools: Map<number, TrackingToolAssociation[]>;
}

/**
 * Stores event registrations in `campaign_events` and its satellite tables (wikis, topics, address, tracking tool),
 * as CampaignEvents' EventStore. Every write happens in one transaction; methods that write accept the transaction
 * of a caller (`EditEventCommand` saves the event and its organizers together).
 *
 * `event_track_contributions` follows `CampaignEventsEnableContributionTracking`: while the flag is off it reads as
 * false and an update leaves the stored value alone, so turning the flag on again shows what organizers chose.
 *
 * @public
 */
export class EventStore {
  private readonly db: Database<EventTables>;

  constructor(
    @inject('Database') db: Database,
    @inject('Clock') private readonly clock: Clock,
    @inject('CampaignEvents.EventTypesRegistry') private readonly types: EventTypesRegistry,
    @inject('CampaignEvents.WikiLookup') private readonly wikiLookup: WikiLookup,
    @inject('CampaignEvents.ContributionTrackingPolicy') private readonly trackingPolicy: ContributionTrackingPolicy,
  ) {
    this.db = db.as<EventTables>();
  }

  /** The registration with this id, deleted ones included (their `deletedAt` is set). */
  async findEventById(id: number): Promise<ExistingEventRegistration | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await this.db.kysely.selectFrom('campaign_events').selectAll().where('event_id', '=', id).executeTakeFirst();
    return row === undefined ? null : (await this.toEvents(this.db, [row]))[0];
  }

  /** The registration of a page of this wiki, deleted or not (a page keeps its registration row). */
  async findEventByPage(page: { namespace: number; dbKey: string }): Promise<ExistingEventRegistration | null> {
    const row = await this.db.kysely
      .selectFrom('campaign_events')
      .selectAll()
      .where('event_page_wiki', '=', this.wikiLookup.getCurrentWikiId())
      .where('event_page_namespace', '=', page.namespace)
      .where('event_page_title', '=', page.dbKey)
      .executeTakeFirst();
    return row === undefined ? null : (await this.toEvents(this.db, [row]))[0];
  }

  /** Events the user organizes (not removed as organizer), latest start first; deleted ones only when asked. */
  async getEventsByOrganizer(userId: number, options: { includeDeleted?: boolean } = {}): Promise<ExistingEventRegistration[]> {
    let query = this.db.kysely
      .selectFrom('campaign_events')
      .innerJoin('ce_organizers', 'ceo_event_id', 'event_id')
      .selectAll('campaign_events')
      .where('ceo_user_id', '=', userId)
      .where('ceo_deleted_at', 'is', null);
    if (!options.includeDeleted) query = query.where('event_deleted_at', 'is', null);
    const rows = await query.orderBy('event_start_utc', 'desc').orderBy('event_id', 'desc').execute();
    return this.toEvents(this.db, rows);
  }

  /**
   * Inserts a new registration (id null) or updates an existing one, with its wikis, topics, address and tracking
   * tool, in one transaction (`trx`'s, if given). Returns the id.
   *
   * @throws Error when `event.id` names no stored registration.
   */
  async saveRegistration(event: EventRegistration, trx?: Database): Promise<number> {
    return (trx?.as<EventTables>() ?? this.db).transaction(async (db) => {
      const now = toMwTimestamp(this.clock.now());
      let id: number;
      if (event.id === null) {
        id = await db.insert('campaign_events', {
          ...this.toRow(db, event),
          // The flag decides whether organizers can turn statistics on; a new event never has them while it is off.
          event_track_contributions: db.bool(this.trackingPolicy.isEnabled() && event.tracksContributions),
          event_created_at: event.createdAt ?? now,
          event_last_edit: now,
          event_deleted_at: event.deletedAt,
        });
      } else {
        id = event.id;
        const exists = await db.kysely.selectFrom('campaign_events').select('event_id').where('event_id', '=', id).executeTakeFirst();
        if (exists === undefined) throw new Error(`EventStore: there is no event registration with id ${id} to update.`);
        await db.kysely
          .updateTable('campaign_events')
          .set({
            ...this.toRow(db, event),
            ...(this.trackingPolicy.isEnabled() ? { event_track_contributions: db.bool(event.tracksContributions) } : {}),
            event_last_edit: now,
            event_deleted_at: event.deletedAt,
          })
          .where('event_id', '=', id)
          .execute();
      }
      await this.saveWikis(db, id, event.wikis);
      await this.saveTopics(db, id, event.topics);
      await this.saveAddress(db, id, event.address);
      await this.saveTrackingTools(db, id, event.trackingTools);
      return id;
    });
  }

  /** Marks the registration deleted now. False if it already was. */
  async deleteRegistration(event: ExistingEventRegistration, trx?: Database): Promise<boolean> {
    const db = trx?.as<EventTables>() ?? this.db;
    const result = await db.kysely
      .updateTable('campaign_events')
      .set({ event_deleted_at: toMwTimestamp(this.clock.now()) })
      .where('event_id', '=', event.id)
      .where('event_deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The columns an insert and an update both write. */
  private toRow(db: Database<EventTables>, event: EventRegistration) {
    const online = (event.participationOptions & PARTICIPATION_ONLINE) !== 0;
    const inPerson = (event.participationOptions & PARTICIPATION_IN_PERSON) !== 0;
    return {
      event_name: event.name,
      event_page_namespace: event.page.namespace,
      event_page_title: event.page.dbKey,
      event_page_wiki: this.wikiLookup.getCurrentWikiId(),
      event_page_prefixedtext: event.page.prefixedText,
      event_chat_url: event.chatUrl ?? '',
      event_status: STATUS_TO_DB[event.status],
      event_timezone: event.timezone,
      event_start_local: event.startLocal,
      event_start_utc: event.startUtc,
      event_end_local: event.endLocal,
      event_end_utc: event.endUtc,
      event_types: this.types.typesToDbValue(event.types),
      event_meeting_type: (online ? MEETING_TYPE_ONLINE : 0) | (inPerson ? MEETING_TYPE_IN_PERSON : 0),
      event_meeting_url: event.meetingUrl ?? '',
      event_is_test_event: db.bool(event.isTestEvent),
    };
  }

  private async saveWikis(db: Database<EventTables>, id: number, wikis: EventWikis): Promise<void> {
    await db.kysely.deleteFrom('ce_event_wikis').where('ceew_event_id', '=', id).execute();
    const values = wikis === ALL_WIKIS ? [ALL_WIKIS_DB_VALUE] : wikis;
    if (values.length === 0) return;
    await db.kysely
      .insertInto('ce_event_wikis')
      .values(values.map((wiki) => ({ ceew_event_id: id, ceew_wiki: wiki })))
      .execute();
  }

  private async saveTopics(db: Database<EventTables>, id: number, topics: readonly string[]): Promise<void> {
    await db.kysely.deleteFrom('ce_event_topics').where('ceet_event_id', '=', id).execute();
    if (topics.length === 0) return;
    await db.kysely
      .insertInto('ce_event_topics')
      .values(topics.map((topic) => ({ ceet_event_id: id, ceet_topic: topic })))
      .execute();
  }

  /** Links the event to its address row, reusing an identical address (as CampaignEvents' AddressStore). */
  private async saveAddress(db: Database<EventTables>, id: number, address: EventAddress | null): Promise<void> {
    await db.kysely.deleteFrom('ce_event_address').where('ceea_event', '=', id).execute();
    if (address === null) return;
    const fullAddress = address.address ?? '';
    const existing = await db.kysely
      .selectFrom('ce_address')
      .select('cea_id')
      .where('cea_full_address', '=', fullAddress)
      .where('cea_country_code', '=', address.countryCode)
      .orderBy('cea_id')
      .executeTakeFirst();
    const addressId =
      existing !== undefined
        ? db.readNumber(existing.cea_id)
        : await db.insert('ce_address', { cea_full_address: fullAddress, cea_country_code: address.countryCode });
    await db.insert('ce_event_address', { ceea_event: id, ceea_address: addressId });
  }

  /** Keeps an unchanged association (and its sync state), replaces anything else. */
  private async saveTrackingTools(db: Database<EventTables>, id: number, tools: readonly TrackingToolAssociation[]): Promise<void> {
    const stored = await db.kysely.selectFrom('ce_tracking_tools').select(['cett_id', 'cett_tool_id', 'cett_tool_event_id']).where('cett_event', '=', id).execute();
    const same = (row: (typeof stored)[number], tool: TrackingToolAssociation) =>
      row.cett_tool_id === tool.toolId && row.cett_tool_event_id === tool.toolEventId;
    const obsolete = stored.filter((row) => !tools.some((tool) => same(row, tool))).map((row) => db.readNumber(row.cett_id));
    if (obsolete.length > 0) await db.kysely.deleteFrom('ce_tracking_tools').where('cett_id', 'in', obsolete).execute();
    for (const tool of tools.filter((t) => !stored.some((row) => same(row, t)))) {
      await db.insert('ce_tracking_tools', { cett_event: id, cett_tool_id: tool.toolId, cett_tool_event_id: tool.toolEventId, cett_last_sync: null });
    }
  }

  private async toEvents(db: Database<EventTables>, rows: readonly EventRow[]): Promise<ExistingEventRegistration[]> {
    if (rows.length === 0) return [];
    const details = await this.loadDetails(db, rows.map((row) => db.readNumber(row.event_id)));
    const tracking = this.trackingPolicy.isEnabled();
    return rows.map((row) => {
      const id = db.readNumber(row.event_id);
      const meetingType = db.readNumber(row.event_meeting_type);
      const participation =
        ((meetingType & MEETING_TYPE_ONLINE ? PARTICIPATION_ONLINE : 0) |
          (meetingType & MEETING_TYPE_IN_PERSON ? PARTICIPATION_IN_PERSON : 0)) as ParticipationOptions;
      const wikis = details.wikis.get(id) ?? [];
      return {
        id,
        name: row.event_name,
        page: { namespace: db.readNumber(row.event_page_namespace), dbKey: row.event_page_title, prefixedText: row.event_page_prefixedtext },
        status: DB_TO_STATUS[db.readNumber(row.event_status)] ?? 'open',
        timezone: row.event_timezone,
        startLocal: row.event_start_local,
        endLocal: row.event_end_local,
        startUtc: row.event_start_utc,
        endUtc: row.event_end_utc,
        types: this.types.dbValueToTypes(db.readNumber(row.event_types)),
        wikis: wikis.includes(ALL_WIKIS_DB_VALUE) ? ALL_WIKIS : wikis,
        topics: details.topics.get(id) ?? [],
        participationOptions: participation,
        meetingUrl: row.event_meeting_url === '' ? null : row.event_meeting_url,
        address: details.addresses.get(id) ?? null,
        chatUrl: row.event_chat_url === '' ? null : row.event_chat_url,
        isTestEvent: db.readBool(row.event_is_test_event),
        tracksContributions: tracking && db.readBool(row.event_track_contributions),
        trackingTools: details.tools.get(id) ?? [],
        createdAt: row.event_created_at,
        lastEditAt: row.event_last_edit,
        deletedAt: row.event_deleted_at,
      };
    });
  }

  private async loadDetails(db: Database<EventTables>, ids: number[]): Promise<EventDetails> {
    const group = <T>(pairs: [number, T][]): Map<number, T[]> => {
      const map = new Map<number, T[]>();
      for (const [id, value] of pairs) map.set(id, [...(map.get(id) ?? []), value]);
      return map;
    };
    const [wikis, topics, addresses, tools] = await Promise.all([
      db.kysely.selectFrom('ce_event_wikis').select(['ceew_event_id', 'ceew_wiki']).where('ceew_event_id', 'in', ids).orderBy('ceew_id').execute(),
      db.kysely.selectFrom('ce_event_topics').select(['ceet_event_id', 'ceet_topic']).where('ceet_event_id', 'in', ids).orderBy('ceet_id').execute(),
      db.kysely
        .selectFrom('ce_event_address')
        .innerJoin('ce_address', 'cea_id', 'ceea_address')
        .select(['ceea_event', 'cea_full_address', 'cea_country_code'])
        .where('ceea_event', 'in', ids)
        .execute(),
      db.kysely
        .selectFrom('ce_tracking_tools')
        .select(['cett_event', 'cett_tool_id', 'cett_tool_event_id'])
        .where('cett_event', 'in', ids)
        .orderBy('cett_id')
        .execute(),
    ]);
    return {
      wikis: group(wikis.map((r) => [db.readNumber(r.ceew_event_id), r.ceew_wiki])),
      topics: group(topics.map((r) => [db.readNumber(r.ceet_event_id), r.ceet_topic])),
      addresses: new Map(
        addresses.map((r) => [
          db.readNumber(r.ceea_event),
          { address: r.cea_full_address === '' ? null : r.cea_full_address, countryCode: r.cea_country_code },
        ]),
      ),
      tools: group(tools.map((r) => [db.readNumber(r.cett_event), { toolId: r.cett_tool_id, toolEventId: r.cett_tool_event_id }])),
    };
  }
}
