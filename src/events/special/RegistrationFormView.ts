import type { RegistrationFormField } from '../../../hooks';
import { html, type SafeHtml } from '../../framework/html/html';
import type { MessageParam } from '../../framework/i18n/Message';
import type { DashboardLink } from './DashboardLink';
import type { ExtraFormFields } from './ExtraFormFields';
import {
  type Choice,
  checkboxField,
  choiceList,
  type FieldFrame,
  groupField,
  select,
  singleField,
  textarea,
  textInput,
} from './FormControls';
import { type FormProblem, GENERAL_PROBLEM } from './FormProblem';
import type { RegistrationFormValues } from './RegistrationFormValues';

/** A message in the request's language, as plain text. */
export type FormText = (key: string, ...params: MessageParam[]) => string;

/** The lists the form offers, already localized. */
export interface RegistrationFormChoices {
  timezones: readonly string[];
  typeGroups: readonly { label: string; types: readonly Choice[] }[];
  wikis: readonly Choice[];
  topics: readonly Choice[];
  countries: readonly Choice[];
}

/**
 * What the browser script needs to disable "Show contribution statistics" while it cannot be on: the same rules
 * and the same texts as EventFactory, rendered by the server so that the two never disagree.
 */
export interface ContributionToggleRules {
  contributionTypes: readonly string[];
  disallowedCountries: readonly string[];
  reasons: { country: string; type: string; wikis: string };
}

/** One rendering of the form. */
export interface RegistrationFormModel {
  mode: 'enable' | 'edit';
  action: string;
  editToken: string;
  values: RegistrationFormValues;
  problems: readonly FormProblem[];
  choices: RegistrationFormChoices;
  /** null while `CampaignEventsEnableContributionTracking` is off: the toggle is then absent. */
  toggle: ContributionToggleRules | null;
  dashboard: DashboardLink | null;
  extra: ExtraFormFields;
}

/** The fields a model shows, so problems about fields it lacks can go to the top instead. */
export function shownFields(model: Pick<RegistrationFormModel, 'mode' | 'choices' | 'toggle' | 'dashboard' | 'extra'>): Set<string> {
  const fields = ['wpEventPage', 'wpTimezone', 'wpEventStart', 'wpEventEnd', 'wpEventOrganizers', 'wpEventTypes', 'wpEventWikisMode', 'wpEventWikis'];
  if (model.mode === 'edit') fields.push('wpEventStatus');
  if (model.choices.topics.length > 0) fields.push('wpEventTopics');
  fields.push('wpParticipationOptions', 'wpEventMeetingURL', 'wpEventMeetingCountryCode', 'wpEventMeetingAddress');
  if (model.toggle !== null) fields.push('wpTracksContributions');
  if (model.dashboard !== null) fields.push('wpEventDashboardURL');
  fields.push('wpEventChatURL', 'wpIsTestEvent');
  for (const [name] of model.extra.entries()) fields.push(`wp${name}`);
  return new Set(fields);
}

/** Renders the registration form in the order of the issue: the toggle after the participation fields, before the Dashboard. */
export function renderRegistrationForm(model: RegistrationFormModel, t: FormText): SafeHtml {
  const { values, choices } = model;
  const frame = (name: string, labelKey: string, helpKey?: string): FieldFrame => ({
    name,
    label: t(labelKey),
    help: helpKey === undefined ? undefined : t(helpKey),
    errors: model.problems.filter((p) => p.field === name).map((p) => t(p.key, ...p.params)),
  });
  const general = model.problems.filter((p) => p.field === GENERAL_PROBLEM);
  const fields: (SafeHtml | null)[] = [
    singleField(frame('wpEventPage', 'campaignevents-form-page-label', 'campaignevents-form-page-help'), textInput('wpEventPage', values.page)),
    model.mode === 'edit'
      ? groupField(
          frame('wpEventStatus', 'campaignevents-form-status-label'),
          choiceList('radio', 'wpEventStatus', [
            { value: 'open', label: t('campaignevents-form-status-open') },
            { value: 'closed', label: t('campaignevents-form-status-closed') },
          ], [values.status]),
        )
      : null,
    singleField(
      frame('wpTimezone', 'campaignevents-form-timezone-label', 'campaignevents-form-timezone-help'),
      select('wpTimezone', timezoneChoices(choices.timezones, values.timezone), values.timezone),
    ),
    singleField(frame('wpEventStart', 'campaignevents-form-start-label'), textInput('wpEventStart', values.start, 'datetime-local')),
    singleField(frame('wpEventEnd', 'campaignevents-form-end-label'), textInput('wpEventEnd', values.end, 'datetime-local')),
    singleField(
      frame('wpEventOrganizers', 'campaignevents-form-organizers-label', 'campaignevents-form-organizers-help'),
      textarea('wpEventOrganizers', values.organizers, 3),
    ),
    groupField(
      frame('wpEventTypes', 'campaignevents-form-types-label', 'campaignevents-form-types-help'),
      html`${choices.typeGroups.map(
        (group) => html`<fieldset class="ce-type-group"><legend>${group.label}</legend>
${choiceList('checkbox', 'wpEventTypes', group.types, values.types)}</fieldset>
`,
      )}`,
    ),
    groupField(
      frame('wpEventWikisMode', 'campaignevents-form-wikis-mode-label'),
      choiceList('radio', 'wpEventWikisMode', [
        { value: 'all', label: t('campaignevents-form-wikis-mode-all') },
        { value: 'specific', label: t('campaignevents-form-wikis-mode-specific') },
      ], [values.wikisMode]),
    ),
    groupField(frame('wpEventWikis', 'campaignevents-form-wikis-label'), choiceList('checkbox', 'wpEventWikis', choices.wikis, values.wikis)),
    choices.topics.length > 0
      ? groupField(
          frame('wpEventTopics', 'campaignevents-form-topics-label', 'campaignevents-form-topics-help'),
          choiceList('checkbox', 'wpEventTopics', choices.topics, values.topics),
        )
      : null,
    groupField(
      frame('wpParticipationOptions', 'campaignevents-form-participation-label'),
      choiceList('radio', 'wpParticipationOptions', [
        { value: '1', label: t('campaignevents-form-participation-online') },
        { value: '2', label: t('campaignevents-form-participation-in-person') },
        { value: '3', label: t('campaignevents-form-participation-hybrid') },
      ], [values.participation]),
    ),
    singleField(
      frame('wpEventMeetingURL', 'campaignevents-form-meeting-url-label', 'campaignevents-form-meeting-url-help'),
      textInput('wpEventMeetingURL', values.meetingUrl, 'url'),
    ),
    singleField(
      frame('wpEventMeetingCountryCode', 'campaignevents-form-country-label'),
      select('wpEventMeetingCountryCode', [{ value: '', label: t('campaignevents-form-country-placeholder') }, ...choices.countries], values.country),
    ),
    singleField(
      frame('wpEventMeetingAddress', 'campaignevents-form-address-label', 'campaignevents-form-address-help'),
      textarea('wpEventMeetingAddress', values.address, 3),
    ),
    model.toggle !== null
      ? checkboxField(
          frame('wpTracksContributions', 'campaignevents-form-tracks-contributions-label', 'campaignevents-form-tracks-contributions-help'),
          values.tracksContributions,
          html`<p id="ce-tracks-contributions-reason" class="ce-field-reason" aria-live="polite" hidden></p>`,
        )
      : null,
    model.dashboard !== null
      ? singleField(
          {
            ...frame('wpEventDashboardURL', 'campaignevents-form-dashboard-url-label'),
            help: t('campaignevents-form-dashboard-url-help', model.dashboard.coursesUrl),
          },
          textInput('wpEventDashboardURL', values.dashboardUrl, 'url'),
        )
      : null,
    singleField(
      frame('wpEventChatURL', 'campaignevents-form-chat-url-label', 'campaignevents-form-chat-url-help'),
      textInput('wpEventChatURL', values.chatUrl, 'url'),
    ),
    checkboxField(frame('wpIsTestEvent', 'campaignevents-form-test-event-label', 'campaignevents-form-test-event-help'), values.isTestEvent),
    ...model.extra.entries().map(([name, field]) => extraField(name, field, values.extra[name] ?? '', frame, t)),
  ];
  // Any problem gets the notice at the top, so an organizer who scrolled down learns the form was not saved.
  return html`${model.problems.length > 0
    ? html`<div class="ce-form-errors" role="alert"><p>${t('campaignevents-form-not-saved')}</p>
${general.map((p) => html`<p class="ce-form-error">${t(p.key, ...p.params)}</p>`)}</div>
`
    : null}<form id="ce-registration-form" class="ce-registration-form" method="post" action="${model.action}"${toggleAttributes(model.toggle)}>
${fields.filter((f): f is SafeHtml => f !== null)}
<input type="hidden" name="wpEditToken" value="${model.editToken}">
<button type="submit" class="ce-submit">${t(model.mode === 'enable' ? 'campaignevents-form-submit-enable' : 'campaignevents-form-submit-edit')}</button>
</form>`;
}

/** The data attributes the browser script reads (JSON lists and the localized reasons). */
function toggleAttributes(toggle: ContributionToggleRules | null): SafeHtml | null {
  if (toggle === null) return null;
  return html` data-contribution-types="${JSON.stringify(toggle.contributionTypes)}" data-disallowed-countries="${JSON.stringify(
    toggle.disallowedCountries,
  )}" data-reason-country="${toggle.reasons.country}" data-reason-type="${toggle.reasons.type}" data-reason-wikis="${toggle.reasons.wikis}"`;
}

/** Every zone, plus the event's own value when it is not one of them (an offset like `+05:30` set through the API). */
function timezoneChoices(timezones: readonly string[], current: string): Choice[] {
  const zones = current === '' || timezones.includes(current) ? timezones : [current, ...timezones];
  return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

/** A hook field, rendered by its descriptor type. */
function extraField(
  name: string,
  field: RegistrationFormField,
  value: string | boolean,
  frame: (name: string, labelKey: string, helpKey?: string) => FieldFrame,
  t: FormText,
): SafeHtml {
  const formName = `wp${name}`;
  const fieldFrame = frame(formName, field.labelMessage, field.helpMessage);
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'checkbox':
      return checkboxField(fieldFrame, value === true);
    case 'select': {
      const options = Object.entries(field.options ?? {}).map(([optionValue, key]) => ({ value: optionValue, label: t(key) }));
      return singleField(fieldFrame, select(formName, [{ value: '', label: t('campaignevents-form-select-placeholder') }, ...options], text));
    }
    default:
      return singleField(fieldFrame, textInput(formName, text, field.type));
  }
}
