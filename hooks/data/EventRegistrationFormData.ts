import type { HookUser } from './HookUser';

/** A field an extension adds to the event registration form. Labels are message keys. @public */
export interface RegistrationFormField {
  type: 'text' | 'number' | 'url' | 'checkbox' | 'select';
  labelMessage: string;
  helpMessage?: string;
  required?: boolean;
  default?: string | number | boolean;
  /** Regular expression a text value must match, e.g. `^\d+-\d+$`. */
  pattern?: string;
  /** Message key of the error for a value that does not match `pattern` (`$1` is the value); default: a generic text. */
  patternMessage?: string;
  /** For `select`: value -> label message key. */
  options?: Record<string, string>;
}

/** The form is being built: handlers add their fields to `fields`. @public */
export interface RegistrationFormBuild {
  stage: 'build';
  /** null when the form creates a new event. */
  eventId: number | null;
  /** Field name -> descriptor; handlers add entries (prefix names with the extension, e.g. `wce-grant-id`). */
  fields: Record<string, RegistrationFormField>;
}

/** The form was saved: handlers store the values of their fields. @public */
export interface RegistrationFormSaved {
  stage: 'saved';
  eventId: number;
  /** Submitted values by field name, the handlers' own fields included. */
  values: Record<string, string | number | boolean | null>;
  /** The organizer who saved the form. */
  performer: HookUser;
}

/** The argument of `EventRegistrationForm`, told apart by `stage`. @public */
export type EventRegistrationFormData = RegistrationFormBuild | RegistrationFormSaved;
