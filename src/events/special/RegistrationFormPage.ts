import { inject, injectable } from 'tsyringe';
import { EventRegistrationForm, type HookUser, type RegistrationFormField, toHookUser } from '../../../hooks';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { Config } from '../../framework/config/Config';
import { isRegistered, type UserIdentity } from '../../framework/core/UserIdentity';
import type { UserLookup } from '../../framework/core/UserLookup';
import { createHookRunner } from '../../framework/hooks/createHookRunner';
import type { HookContainer } from '../../framework/hooks/HookContainer';
import { html } from '../../framework/html/html';
import { articleUrl } from '../../framework/html/wikiUrls';
import { listParam, type MessageParam, msgParam } from '../../framework/i18n/Message';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageHandler, SpecialPageOutput, SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { CountryProvider } from '../CountryProvider';
import type { EditEventCommand } from '../EditEventCommand';
import { EventError } from '../EventErrors';
import { type EventFactory, type EventFactoryOptions, PE_DASHBOARD_TOOL_ID } from '../EventFactory';
import type { EventRegistration, ExistingEventRegistration } from '../EventRegistration';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';
import { DashboardLink } from './DashboardLink';
import { ExtraFormFields } from './ExtraFormFields';
import { type FormProblem, GENERAL_PROBLEM, toFormProblem } from './FormProblem';
import {
  type ContributionToggleRules,
  type FormText,
  type RegistrationFormChoices,
  type RegistrationFormModel,
  renderRegistrationForm,
  shownFields,
} from './RegistrationFormView';
import { organizerNames, type RegistrationFormValues, savedHookValues, submittedValues, toEventInput } from './RegistrationFormValues';

/**
 * The services both registration forms use, listed once: each page takes them as one constructor parameter,
 * `@inject(RegistrationFormServices)`. `@injectable()` because tsyringe builds this class as that parameter; the
 * kernel gives only the classes it builds itself their type info.
 */
@injectable()
export class RegistrationFormServices {
  constructor(
    @inject('MessageLocalizer') readonly messages: MessageLocalizer,
    @inject('MainConfig') readonly config: Config,
    @inject('HookContainer') readonly hookContainer: HookContainer,
    @inject('UserIdentityLookup') readonly users: UserLookup,
    @inject('CampaignEvents.EventFactory') readonly eventFactory: EventFactory,
    @inject('CampaignEvents.EditEventCommand') readonly editEventCommand: EditEventCommand,
    @inject('CampaignEvents.PermissionChecker') readonly permissions: PermissionChecker,
    @inject('CampaignEvents.EventTypesRegistry') readonly eventTypes: EventTypesRegistry,
    @inject('CampaignEvents.CountryProvider') readonly countries: CountryProvider,
    @inject('CampaignEvents.TopicRegistry') readonly topics: TopicRegistry,
    @inject('CampaignEvents.WikiLookup') readonly wikis: WikiLookup,
    @inject('CampaignEvents.ContributionTrackingPolicy') readonly trackingPolicy: ContributionTrackingPolicy,
  ) {}
}

/** What a page's form works on: nothing yet (enable) or a stored event with its organizers (edit). */
export interface FormTarget {
  event: ExistingEventRegistration | null;
  /** Where the form posts to. */
  action: string;
}

/** What one request works with, worked out once. */
interface FormRequest {
  request: SpecialPageRequest;
  target: FormTarget;
  t: FormText;
  /** The form's fields and choices, the same for every rendering of this request. */
  layout: FormLayout;
}

type FormLayout = Pick<RegistrationFormModel, 'mode' | 'choices' | 'toggle' | 'dashboard' | 'extra'>;

/**
 * Special:EnableEventRegistration and Special:EditEventRegistration, CampaignEvents'
 * AbstractEventRegistrationSpecialPage: the form, its check of the edit token, EventFactory's validation with every
 * problem shown next to its field, EditEventCommand's save, and the EventRegistrationForm hook around it.
 */
export abstract class RegistrationFormPage implements SpecialPageHandler {
  readonly #hookRunner;

  protected constructor(protected readonly services: RegistrationFormServices) {
    this.#hookRunner = createHookRunner(services.hookContainer, [EventRegistrationForm]);
  }

  protected abstract readonly mode: 'enable' | 'edit';

  /** The event the form is about, or the page to show instead (not allowed, not found). */
  protected abstract loadTarget(request: SpecialPageRequest, t: FormText): Promise<FormTarget | SpecialPageView>;

  /** The form before anything was submitted. */
  protected abstract initialValues(request: SpecialPageRequest, target: FormTarget, extra: ExtraFormFields, dashboard: DashboardLink | null): Promise<RegistrationFormValues>;

  protected abstract factoryOptions(): EventFactoryOptions;

  /** The organizer names to save, or a problem with the organizers field. */
  protected abstract organizersToSave(names: string[], performer: UserIdentity): string[] | FormProblem;

  async execute(request: SpecialPageRequest): Promise<SpecialPageOutput> {
    if (!isRegistered(request.user)) return { kind: 'login-required', reasonMessage: 'campaignevents-form-login-required' };
    const t: FormText = (key, ...params) => this.services.messages.msg(key, ...params).inLanguage(request.language).text();
    const target = await this.loadTarget(request, t);
    if ('kind' in target) return target;
    const extra = new ExtraFormFields(await this.buildHookFields(target.event?.id ?? null));
    const dashboard = DashboardLink.fromConfig(this.services.config);
    const layout: FormLayout = { mode: this.mode, choices: this.choices(request, t), toggle: this.toggleRules(t), dashboard, extra };
    const form: FormRequest = { request, target, t, layout };
    if (request.method === 'GET') return this.render(form, await this.initialValues(request, target, extra, dashboard), []);
    return this.submit(form);
  }

  /** A page with just a message, for requests the form cannot serve. */
  protected messagePage(t: FormText, status: number, key: string, ...params: MessageParam[]): SpecialPageView {
    return { kind: 'page', heading: this.heading(t), body: html`<p class="ce-form-page-error">${t(key, ...params)}</p>`, status };
  }

  private heading(t: FormText): string {
    return t(this.mode === 'enable' ? 'campaignevents-form-enable-heading' : 'campaignevents-form-edit-heading');
  }

  private async submit(form: FormRequest): Promise<SpecialPageOutput> {
    const { request, target } = form;
    const { extra, dashboard } = form.layout;
    const values = submittedValues(request, extra);
    if (!request.matchEditToken(request.param('wpEditToken'))) {
      return this.render(form, values, [{ field: GENERAL_PROBLEM, key: 'campaignevents-form-error-token', params: [] }], 400);
    }
    const problems: FormProblem[] = [...extra.validate(values.extra)];
    let tool: { toolId: string; toolEventId: string } | null = null;
    if (dashboard !== null && values.dashboardUrl !== '') {
      const toolEventId = dashboard.toolEventIdOf(values.dashboardUrl);
      if (toolEventId === null) problems.push({ field: 'wpEventDashboardURL', key: 'campaignevents-form-error-dashboard-url', params: [dashboard.coursesUrl] });
      else tool = { toolId: PE_DASHBOARD_TOOL_ID, toolEventId };
    }
    const organizers = this.organizersToSave(organizerNames(values), request.user);
    if (!Array.isArray(organizers)) problems.push(organizers);

    let event: EventRegistration | null = null;
    try {
      event = await this.services.eventFactory.newEvent(toEventInput(values, tool, target.event), this.factoryOptions());
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      problems.push(...this.placed(form, error));
    }
    if (event === null || problems.length > 0 || !Array.isArray(organizers)) return this.render(form, values, problems);

    let id: number;
    try {
      id = await this.services.editEventCommand.doEditIfAllowed(event, request.user, organizers);
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      return this.render(form, values, this.placed(form, error), error.kind === 'permission' ? 403 : error.kind === 'not-found' ? 404 : 200);
    }
    await this.#hookRunner.onEventRegistrationForm({
      stage: 'saved',
      eventId: id,
      values: savedHookValues(values, extra),
      performer: await this.hookUser(request.user),
    });
    return { kind: 'redirect', location: `${articleUrl(`Special:EventDetails/${id}`)}?saved=1`, status: 303 };
  }

  /** The problems of an EventError, each on the field it is about. */
  private placed(form: FormRequest, error: EventError): FormProblem[] {
    const shown = shownFields(form.layout);
    return error.problems.map((problem) => toFormProblem(problem, shown));
  }

  private render(form: FormRequest, values: RegistrationFormValues, problems: readonly FormProblem[], status = 200): SpecialPageView {
    const model: RegistrationFormModel = { ...form.layout, action: form.target.action, editToken: form.request.editToken(), values, problems };
    return {
      kind: 'page',
      heading: this.heading(form.t),
      body: renderRegistrationForm(model, form.t),
      status,
      modules: ['ext.campaignEvents.registrationForm'],
    };
  }

  private choices(request: SpecialPageRequest, t: FormText): RegistrationFormChoices {
    const { eventTypes, topics, wikis, countries } = this.services;
    return {
      timezones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')],
      typeGroups: eventTypes.getGroups().map((group) => ({
        label: t(group.messageKey),
        types: group.types.map((type) => ({ value: type.id, label: t(type.messageKey) })),
      })),
      wikis: wikis.getAllWikis().map((id) => ({ value: id, label: id })),
      topics: topics.getAllTopics().map((id) => ({ value: id, label: t(topics.getTopicMessageKey(id)) })),
      countries: countries.getCountries(request.language).map((c) => ({ value: c.code, label: c.name })),
    };
  }

  /** The toggle's rules for the browser, read on each request so the feature flag and country list apply at once. */
  private toggleRules(t: FormText): ContributionToggleRules | null {
    const { trackingPolicy, eventTypes } = this.services;
    if (!trackingPolicy.isEnabled()) return null;
    const contributionTypes = eventTypes.getContributionTypes();
    return {
      contributionTypes,
      disallowedCountries: trackingPolicy.disallowedCountryCodes(),
      reasons: {
        country: t('campaignevents-error-contribs-tracking-disallowed-country'),
        type: t('campaignevents-error-contribs-tracking-invalid-type', listParam(contributionTypes.map((id) => msgParam(eventTypes.getTypeMessageKey(id))))),
        wikis: t('campaignevents-error-contribs-tracking-no-wikis'),
      },
    };
  }

  /** Runs the hook's 'build' stage: the fields other extensions add. */
  private async buildHookFields(eventId: number | null): Promise<Record<string, RegistrationFormField>> {
    const fields: Record<string, RegistrationFormField> = {};
    await this.#hookRunner.onEventRegistrationForm({ stage: 'build', eventId, fields });
    return fields;
  }

  private async hookUser(user: UserIdentity): Promise<HookUser> {
    const record = await this.services.users.getUserById(user.id);
    return record === null ? { id: user.id, name: user.name, registration: null } : toHookUser(record);
  }
}
