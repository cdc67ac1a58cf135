import { inject } from 'tsyringe';
import { indexUrl } from '../../framework/html/wikiUrls';
import type { SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { EventFactoryOptions } from '../EventFactory';
import type { EventStore } from '../EventStore';
import type { OrganizersStore } from '../OrganizersStore';
import type { DashboardLink } from './DashboardLink';
import { eventIdOf } from './eventSummary';
import type { ExtraFormFields } from './ExtraFormFields';
import type { FormProblem } from './FormProblem';
import { type FormTarget, RegistrationFormPage, RegistrationFormServices } from './RegistrationFormPage';
import type { FormText } from './RegistrationFormView';
import { type RegistrationFormValues, storedEventValues } from './RegistrationFormValues';

/**
 * Special:EditEventRegistration/<id>: the form filled in from the stored event, for its organizers (and whoever
 * else PermissionChecker lets edit it).
 */
export class EditEventRegistrationPage extends RegistrationFormPage {
  protected readonly mode = 'edit';

  constructor(
    @inject(RegistrationFormServices) services: RegistrationFormServices,
    @inject('CampaignEvents.EventStore') private readonly eventStore: EventStore,
    @inject('CampaignEvents.OrganizersStore') private readonly organizersStore: OrganizersStore,
  ) {
    super(services);
  }

  protected async loadTarget(request: SpecialPageRequest, t: FormText): Promise<FormTarget | SpecialPageView> {
    const id = eventIdOf(request.subpage);
    if (id === null) return this.messagePage(t, 400, 'campaignevents-form-edit-no-id');
    const event = await this.eventStore.findEventById(id);
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
