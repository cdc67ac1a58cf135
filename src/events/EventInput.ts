/** What a form or a REST body says about an event, before validation. @public */
export interface EventInput {
  id: number | null;
  /** The event page's title as typed (`Event:Spring edit-a-thon`). */
  page: string;
  status: string;
  timezone: string;
  /** 14-digit local timestamps; '' = not given. */
  start: string;
  end: string;
  types: string[];
  /** `true` = all wikis. */
  wikis: string[] | true;
  topics: string[];
  /** 0 = none chosen, else 1 (online), 2 (in person) or 3 (both). */
  participationOptions: number;
  meetingUrl: string | null;
  meetingCountryCode: string | null;
  meetingAddress: string | null;
  chatUrl: string | null;
  isTestEvent: boolean;
  /** Ignored (false) while `CampaignEventsEnableContributionTracking` is off. */
  tracksContributions: boolean;
  trackingToolId: string | null;
  trackingToolEventId: string | null;
  createdAt?: string | null;
  lastEditAt?: string | null;
  deletedAt?: string | null;
}

/** What every new event states itself; the rest of an {@link EventInput} may be left out. @public */
export type RequiredEventFields = Pick<EventInput, 'page' | 'timezone' | 'start' | 'end' | 'types' | 'wikis' | 'participationOptions'>;

/**
 * The input of a new open event: `fields`, and nothing in every other field (no topics, meeting details, chat,
 * tracking tool or statistics; not a test event).
 *
 * @public
 */
export function newEventInput(fields: RequiredEventFields & Partial<EventInput>): EventInput {
  return {
    id: null,
    status: 'open',
    topics: [],
    meetingUrl: null,
    meetingCountryCode: null,
    meetingAddress: null,
    chatUrl: null,
    isTestEvent: false,
    tracksContributions: false,
    trackingToolId: null,
    trackingToolEventId: null,
    ...fields,
  };
}
