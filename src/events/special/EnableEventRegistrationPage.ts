import { inject } from 'tsyringe';
import type { UserIdentity } from '../../framework/core/UserIdentity';
import { indexUrl } from '../../framework/html/wikiUrls';
import type { SpecialPageRequest, SpecialPageView } from '../../framework/special/SpecialPage';
import type { EventFactoryOptions } from '../EventFactory';
import type { ExtraFormFields } from './ExtraFormFields';
import { type FormTarget, RegistrationFormPage, RegistrationFormServices } from './RegistrationFormPage';
import type { FormText } from './RegistrationFormView';
import { newEventValues, type RegistrationFormValues } from './RegistrationFormValues';

/**
 * Special:EnableEventRegistration: turns on registration for an event page (`?wpEventPage=Event:X` fills the page
 * in). Only users who may enable registrations (the right, and not blocked) see the form.
 */
export class EnableEventRegistrationPage extends RegistrationFormPage {
  protected readonly mode = 'enable';

  constructor(@inject(RegistrationFormServices) services: RegistrationFormServices) {
    super(services);
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
