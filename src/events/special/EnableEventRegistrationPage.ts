import { inject } from 'tsyringe';
import type { ContributionTrackingPolicy } from '../../contributions/ContributionTrackingPolicy';
import type { Config } from '../../framework/config/Config';
import type { UserIdentity } from '../../framework/core/UserIdentity';
import type { UserLookup } from '../../framework/core/UserLookup';
import type { HookContainer } from '../../framework/hooks/HookContainer';
import { indexUrl } from '../../framework/html/wikiUrls';
import type { MessageLocalizer } from '../../framework/i18n/MessageLocalizer';
import type { SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { CountryProvider } from '../CountryProvider';
import type { EditEventCommand } from '../EditEventCommand';
import type { EventFactory, EventFactoryOptions } from '../EventFactory';
import type { EventTypesRegistry } from '../EventTypesRegistry';
import type { PermissionChecker } from '../PermissionChecker';
import type { TopicRegistry } from '../TopicRegistry';
import type { WikiLookup } from '../WikiLookup';
import type { ExtraFormFields } from './ExtraFormFields';
import { type FormTarget, RegistrationFormPage } from './RegistrationFormPage';
import type { FormText } from './RegistrationFormView';
import { newEventValues, type RegistrationFormValues } from './RegistrationFormValues';

/**
 * Special:EnableEventRegistration: turns on registration for an event page (`?wpEventPage=Event:X` fills the page
 * in). Only users who may enable registrations (the right, and not blocked) see the form.
 */
export class EnableEventRegistrationPage extends RegistrationFormPage {
  protected readonly mode = 'enable';

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
  ) {
    super({ messages, config, hookContainer, users, eventFactory, editEventCommand, permissions, eventTypes, countries, topics, wikis, trackingPolicy });
  }

  protected async loadTarget(request: SpecialPageRequest, t: FormText): Promise<FormTarget | SpecialPageView> {
    if (!(await this.services.permissions.userCanEnableRegistrations(request.user))) {
      return this.messagePage(t, 403, 'campaignevents-form-enable-permission-denied');
    }
    return { event: null, action: indexUrl('Special:EnableEventRegistration') };
  }

  protected async initialValues(request: SpecialPageRequest, _target: FormTarget, extra: ExtraFormFields): Promise<RegistrationFormValues> {
    return newEventValues(request.user.name, request.param('wpEventPage') ?? '', extra);
  }

  protected factoryOptions(): EventFactoryOptions {
    return {};
  }

  /** An empty organizers field means "just me": the creator must be an organizer anyway. */
  protected organizersToSave(names: string[], performer: UserIdentity): string[] {
    return names.length > 0 ? names : [performer.name];
  }
}
