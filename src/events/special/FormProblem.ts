import type { MessageParam } from '../../framework/i18n/Message';
import type { EventField, EventProblem } from '../EventErrors';

/**
 * One thing wrong with a submitted registration form: a message and the form field (`wpEventStart`) it is shown
 * next to, or {@link GENERAL_PROBLEM} for the list at the top of the form.
 */
export interface FormProblem {
  readonly field: string;
  readonly key: string;
  readonly params: readonly MessageParam[];
}

/** The "field" of problems shown above the form. */
export const GENERAL_PROBLEM = 'general';

/** The form field each EventFactory / EditEventCommand field is entered in. */
const FORM_FIELD_OF: Record<Exclude<EventField, 'general'>, string> = {
  page: 'wpEventPage',
  status: 'wpEventStatus',
  timezone: 'wpTimezone',
  start: 'wpEventStart',
  end: 'wpEventEnd',
  organizers: 'wpEventOrganizers',
  types: 'wpEventTypes',
  wikis: 'wpEventWikis',
  topics: 'wpEventTopics',
  participation: 'wpParticipationOptions',
  meetingUrl: 'wpEventMeetingURL',
  country: 'wpEventMeetingCountryCode',
  address: 'wpEventMeetingAddress',
  tracksContributions: 'wpTracksContributions',
  trackingTool: 'wpEventDashboardURL',
  chatUrl: 'wpEventChatURL',
};

/**
 * A domain problem placed on the form. One about a field the form does not show (the status on the enable form, the
 * toggle while the feature flag is off) goes to the top, so no problem is ever hidden.
 */
export function toFormProblem(problem: EventProblem, shownFields: ReadonlySet<string>): FormProblem {
  const field = problem.field === 'general' ? GENERAL_PROBLEM : FORM_FIELD_OF[problem.field];
  return { field: shownFields.has(field) ? field : GENERAL_PROBLEM, key: problem.key, params: problem.params };
}
