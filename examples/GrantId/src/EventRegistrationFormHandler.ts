import { inject } from 'tsyringe';
import type { EventRegistrationFormHook } from '../../../hooks/EventRegistrationForm';
import type { EventRegistrationFormData, RegistrationFormBuild, RegistrationFormSaved } from '../../../hooks/data/EventRegistrationFormData';
import type { MessageLocalizer } from '../../../src/framework/i18n/MessageLocalizer';
import type { GrantIdStore } from './GrantIdStore';
import { InvalidGrantIdError } from './InvalidGrantIdError';

/** The name of the field on the form (the form submits it as `wpwce-grant-id`). */
export const GRANT_ID_FIELD = 'wce-grant-id';

/** What a grant ID looks like: two numbers joined by a hyphen, e.g. `12345-678`. */
export const GRANT_ID_PATTERN = '^\\d+-\\d+$';

const GRANT_ID_REGEXP = new RegExp(GRANT_ID_PATTERN);

/**
 * Adds the "Grant ID" field to CampaignEvents' registration form and stores what the organizer typed, as
 * WikimediaCampaignEvents does with `CampaignEventsRegistrationFormLoad` and `...Submit`.
 */
export class EventRegistrationFormHandler implements EventRegistrationFormHook {
  constructor(
    @inject('GrantId.Store') private readonly store: GrantIdStore,
    @inject('MessageLocalizer') private readonly messages: MessageLocalizer,
  ) {}

  async onEventRegistrationForm(form: EventRegistrationFormData): Promise<void> {
    if (form.stage === 'build') await this.addField(form);
    else await this.storeValue(form);
  }

  /** The field, prefilled with the stored grant ID when an existing event is edited. */
  private async addField(form: RegistrationFormBuild): Promise<void> {
    const stored = form.eventId === null ? null : await this.store.getGrantId(form.eventId);
    form.fields[GRANT_ID_FIELD] = {
      type: 'text',
      labelMessage: 'grantid-field-label',
      helpMessage: 'grantid-field-help',
      pattern: GRANT_ID_PATTERN,
      patternMessage: 'grantid-error-invalid',
      ...(stored === null ? {} : { default: stored }),
    };
  }

  /**
   * Stores the submitted grant ID, or deletes the stored one when the field was left empty. A form that did not
   * submit the field at all changes nothing. The value is checked again: the form's pattern check may be bypassed.
   *
   * @throws InvalidGrantIdError when the value is not two numbers joined by a hyphen.
   */
  private async storeValue(form: RegistrationFormSaved): Promise<void> {
    if (!Object.hasOwn(form.values, GRANT_ID_FIELD)) return;
    const raw = form.values[GRANT_ID_FIELD];
    const grantId = raw === null || raw === false ? '' : String(raw).trim();
    if (grantId === '') {
      await this.store.deleteGrantId(form.eventId);
      return;
    }
    if (!GRANT_ID_REGEXP.test(grantId)) throw new InvalidGrantIdError(grantId, this.messages);
    await this.store.setGrantId(form.eventId, grantId);
  }
}
