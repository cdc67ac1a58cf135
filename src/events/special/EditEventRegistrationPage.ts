import { inject } from 'tsyringe';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { Config } from '../../framework/config/Config';
import type { UserLookup } from '../../framework/core/UserLookup';
import type { HookContainer } from '../../framework/hooks/HookContainer';
import { indexUrl } from '../../framework/html/wikiUrls';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { CountryProvider } from '../CountryProvider';
import type { EditEventCommand } from '../EditEventCommand';
import type { EventFactory, EventFactoryOptions } from '../EventFactory';
import type { EventStore } from '../EventStore';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { OrganizersStore } from '../OrganizersStore';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';
import type { DashboardLink } from './DashboardLink';
import type { ExtraFormFields } from './ExtraFormFields';
import type { FormProblem } from './FormProblem';
import { type FormTarget, RegistrationFormPage } from './RegistrationFormPage';
import type { FormText } from './RegistrationFormView';
import { type RegistrationFormValues, storedEventValues } from './RegistrationFormValues';

/**
 * Special:EditEventRegistration/<id>: the form filled in from the stored event, for its organizers (and whoever
 * else PermissionChecker lets edit it).
 */
export class EditEventRegistrationPage extends RegistrationFormPage {
  protected readonly mode = 'edit';

  constructor(
    @inject('MessageLocalizer') messages: MessageLocalizer,
    @inject('MainConfig') config: Config,
    @inject('HookContainer') hookContainer: HookContainer,
    @inject('UserIdentityLookup') users: UserLookup,
    @inject('CampaignEvents.EventFactory') eventFactory: EventFactory,
    @inject('CampaignEvents.EditEventCommand') editEventCommand: EditEventCommand,
    @inject('CampaignEvents.PermissionChecker') permissions: PermissionChecker,
    @inject('CampaignEvents.EventTypesRegistry') eventTypes: EventTypesRegistry,
    @inject('CampaignEvents.CountryProvider') countries: CountryProvider,
    @inject('CampaignEvents.TopicRegistry') topics: TopicRegistry,
    @inject('CampaignEvents.WikiLookup') wikis: WikiLookup,
    @inject('CampaignEvents.ContributionTrackingPolicy') trackingPolicy: ContributionTrackingPolicy,
    @inject('CampaignEvents.EventStore') private readonly eventStore: EventStore,
    @inject('CampaignEvents.OrganizersStore') private readonly organizersStore: OrganizersStore,
  ) {
    super({ messages, config, hookContainer, users, eventFactory, editEventCommand, permissions, eventTypes, countries, topics, wikis, trackingPolicy });
  }

  protected async loadTarget(request: SpecialPageRequest, t: FormText): Promise<FormTarget | SpecialPageView> {
    if (!/^[1-9]\d{0,15}$/.test(request.subpage)) return this.messagePage(t, 400, 'campaignevents-form-edit-no-id');
    const event = await this.eventStore.findEventById(Number(request.subpage));
    if (event === null) return this.messagePage(t, 404, 'campaignevents-form-edit-not-found', request.subpage);
    if (event.deletedAt !== null) return this.messagePage(t, 404, 'campaignevents-edit-registration-deleted');
    if (!(await this.services.permissions.userCanEditRegistration(request.user, event))) {
      return this.messagePage(t, 403, 'campaignevents-edit-not-allowed-registration');
    }
    return { event, action: indexUrl(`Special:EditEventRegistration/${event.id}`) };
  }

  protected async initialValues(
    _request: SpecialPageRequest,
    target: FormTarget,
    extra: ExtraFormFields,
    dashboard: DashboardLink | null,
  ): Promise<RegistrationFormValues> {
    const event = target.event!;
    const organizers = await this.organizersStore.getEventOrganizers(event.id);
    return storedEventValues(event, organizers.map((o) => o.userName), dashboard, extra);
  }

  /** An edit may keep past dates and an event page in a namespace that is no longer allowed. */
  protected factoryOptions(): EventFactoryOptions {
    return { skipDatesPast: true, skipUnchangedPageNamespace: true };
  }

  /** Emptying the field does not remove everyone: an event always has organizers. */
  protected organizersToSave(names: string[]): string[] | FormProblem {
    return names.length > 0 ? names : { field: 'wpEventOrganizers', key: 'campaignevents-edit-no-organizers', params: [] };
  }
}
