/** One event type: its id (REST, form), label message and bit in `campaign_events.event_types`. @public */
export interface EventTypeInfo {
  id: string;
  /** `campaignevents-eventtype-<id>`. */
  messageKey: string;
  /** Bit in the stored bitmask; `other` is 0 (no bit), since it stands alone. */
  dbValue: number;
}

/** Types as the form groups them. @public */
export interface EventTypeGroup {
  id: 'contributions' | 'community' | 'other';
  /** `campaignevents-eventtype-group-<id>`. */
  messageKey: string;
  types: EventTypeInfo[];
}

/** The type that must be chosen alone. */
export const EVENT_TYPE_OTHER = 'other';

const type = (id: string, dbValue: number): EventTypeInfo => ({ id, messageKey: `campaignevents-eventtype-${id}`, dbValue });
const group = (id: EventTypeGroup['id'], types: EventTypeInfo[]): EventTypeGroup => ({
  id,
  messageKey: `campaignevents-eventtype-group-${id}`,
  types,
});

/** CampaignEvents' EventTypesRegistry: the table of reference section 2. */
const GROUPS: readonly EventTypeGroup[] = [
  group('contributions', [type('editing-event', 1), type('media-upload-event', 2), type('backlog-drive', 4), type('contest', 8)]),
  group('community', [
    type('workshop', 16),
    type('training-seminar', 32),
    type('meetup', 64),
    type('hackathon', 128),
    type('conference', 256),
  ]),
  group('other', [type(EVENT_TYPE_OTHER, 0)]),
];

/**
 * The event types and their groups. Types of the `contributions` group are the ones contribution statistics (and
 * other contribution features) are offered for.
 *
 * @public
 */
export class EventTypesRegistry {
  readonly #byId = new Map(GROUPS.flatMap((g) => g.types.map((t) => [t.id, t] as const)));

  /** Copies, in display order. */
  getGroups(): EventTypeGroup[] {
    return GROUPS.map((g) => ({ ...g, types: g.types.map((t) => ({ ...t })) }));
  }

  getAllTypes(): string[] {
    return [...this.#byId.keys()];
  }

  getContributionTypes(): string[] {
    return GROUPS.find((g) => g.id === 'contributions')!.types.map((t) => t.id);
  }

  /** @throws Error for an unknown id. */
  getTypeMessageKey(id: string): string {
    return this.#require(id).messageKey;
  }

  isContributionType(id: string): boolean {
    return this.getContributionTypes().includes(id);
  }

  isValidType(id: string): boolean {
    return this.#byId.has(id);
  }

  /** The bitmask stored for `types` (0 for `other`). @throws Error for an unknown id. */
  typesToDbValue(types: readonly string[]): number {
    return types.reduce((mask, id) => mask | this.#require(id).dbValue, 0);
  }

  /** The type ids of a stored bitmask, in registry order; 0 is `other`. */
  dbValueToTypes(dbValue: number): string[] {
    if (dbValue === 0) return [EVENT_TYPE_OTHER];
    return [...this.#byId.values()].filter((t) => t.dbValue !== 0 && (dbValue & t.dbValue) !== 0).map((t) => t.id);
  }

  #require(id: string): EventTypeInfo {
    const info = this.#byId.get(id);
    if (!info) throw new Error(`Unknown event type "${id}"; the known types are ${this.getAllTypes().join(', ')}.`);
    return info;
  }
}
