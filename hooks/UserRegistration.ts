import { defineHook, type HookInterface } from '../src/framework/hooks/defineHook';
import type { HookUser } from './data/HookUser';

/** Runs when an account is created. @public */
export const UserRegistration = defineHook<[user: HookUser, autocreated: boolean]>()({
  name: 'UserRegistration',
  args: [
    { name: 'user', type: 'HookUser', description: 'The new account.' },
    {
      name: 'autocreated',
      type: 'boolean',
      description:
        'True when the account was created automatically (e.g. on first login through another wiki), not by sign-up.',
    },
  ],
  abortable: false,
  mode: 'async',
  errorPolicy: 'isolate',
  since: '0.1.0',
  description:
    'Runs after an account has been created and stored. A failing handler is logged; the account stays created.',
});

/** Implemented by handlers of `UserRegistration`. @public */
export type UserRegistrationHook = HookInterface<typeof UserRegistration>;
