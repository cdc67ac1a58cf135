import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';
import type { EventRegistrationFormData } from './data/EventRegistrationFormData';

/** CampaignEvents' registration form: lets other extensions add fields and store their values. @public */
export const EventRegistrationForm = defineHook<[form: EventRegistrationFormData]>()({
  name: 'EventRegistrationForm',
  args: [
    {
      name: 'form',
      type: 'EventRegistrationFormData',
      description:
        "`stage: 'build'` while the form is built (add fields to `fields`); `stage: 'saved'` after a successful " +
        'save (store the values of your fields from `values`).',
    },
  ],
  abortable: false,
  mode: 'async',
  errorPolicy: 'propagate',
  since: '0.1.0',
  description:
    'Runs twice in the life of the event registration form (enable or edit registration): when the form is built, ' +
    'so handlers can add their own fields, and after the event was saved, so handlers can store those fields. ' +
    'Errors reach the form: a handler that cannot store its data makes the save fail visibly.',
});

/** Implemented by handlers of `EventRegistrationForm`. @public */
export type EventRegistrationFormHook = HookInterface<typeof EventRegistrationForm>;
