/**
 * The hook handler of the FormFixture test extension: it adds one field of each descriptor type to the
 * registration form and records what the EventRegistrationForm hook hands it, so tests can check both stages.
 */
import type { EventRegistrationFormHook } from '../../../../hooks/EventRegistrationForm';
import type { EventRegistrationFormData } from '../../../../hooks/data/EventRegistrationFormData';

/** Every call of the hook, oldest first ('build' calls without the fields, which the form fills later). */
export const recordedCalls: EventRegistrationFormData[] = [];

export class FormFieldsHandler implements EventRegistrationFormHook {
  onEventRegistrationForm(form: EventRegistrationFormData): void {
    if (form.stage === 'saved') {
      recordedCalls.push(structuredClone(form));
      return;
    }
    recordedCalls.push({ stage: 'build', eventId: form.eventId, fields: {} });
    form.fields['test-grant'] = {
      type: 'text',
      labelMessage: 'formfixture-grant-label',
      helpMessage: 'formfixture-grant-help',
      pattern: '^\\d+-\\d+$',
      required: true,
    };
    form.fields['test-size'] = { type: 'number', labelMessage: 'formfixture-size-label' };
    form.fields['test-kind'] = {
      type: 'select',
      labelMessage: 'formfixture-kind-label',
      options: { small: 'formfixture-kind-small', large: 'formfixture-kind-large' },
    };
    form.fields['test-site'] = { type: 'url', labelMessage: 'formfixture-site-label' };
    form.fields['test-agree'] = { type: 'checkbox', labelMessage: 'formfixture-agree-label', default: true };
  }
}
