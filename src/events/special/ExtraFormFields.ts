import type { RegistrationFormField } from '../../../hooks';
import type { SpecialPageRequest } from '../../framework/special/SpecialPage';
import type { FormProblem } from './FormProblem';

/** The registration form's own fields without `wp` (and the edit token): names a hook field may not take. */
const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'EventPage', 'EventStatus', 'Timezone', 'EventStart', 'EventEnd', 'EventOrganizers', 'EventTypes', 'EventWikisMode',
  'EventWikis', 'EventTopics', 'ParticipationOptions', 'EventMeetingURL', 'EventMeetingCountryCode', 'EventMeetingAddress',
  'TracksContributions', 'EventDashboardURL', 'EventChatURL', 'IsTestEvent', 'EditToken',
]);

/** A hook field's value as the form holds it: text for text, number, url and select fields, a flag for checkboxes. */
export type ExtraFieldValue = string | boolean;

/**
 * The fields other extensions add through the EventRegistrationForm hook (stage 'build'), by the hook's field name
 * (`wce-grant-id`); on the form they are called `wp` + that name. The server checks what their descriptors ask
 * (required, pattern, number, url, select options), so a handler can rely on it.
 */
export class ExtraFormFields {
  /** @throws Error naming the field whose `pattern` is not a regular expression (a mistake of its handler). */
  constructor(readonly fields: Readonly<Record<string, RegistrationFormField>>) {
    for (const [name, field] of Object.entries(fields)) {
      if (RESERVED_NAMES.has(name)) {
        throw new Error(`EventRegistrationForm field "${name}": the form has a field of that name already; prefix the name with the extension's (e.g. "wce-grant-id").`);
      }
      if (field.pattern === undefined) continue;
      try {
        new RegExp(field.pattern, 'u');
      } catch (e) {
        throw new Error(`EventRegistrationForm field "${name}": its pattern ${field.pattern} is not a valid regular expression (${(e as Error).message}).`);
      }
    }
  }

  /** `wp` + the hook's name, the form field name. */
  static formName(name: string): string {
    return `wp${name}`;
  }

  entries(): [string, RegistrationFormField][] {
    return Object.entries(this.fields);
  }

  /** Each field's `default`, or empty. */
  defaults(): Record<string, ExtraFieldValue> {
    const values: Record<string, ExtraFieldValue> = {};
    for (const [name, field] of this.entries()) {
      values[name] = field.type === 'checkbox' ? field.default === true : field.default === undefined ? '' : String(field.default);
    }
    return values;
  }

  submitted(request: SpecialPageRequest): Record<string, ExtraFieldValue> {
    const values: Record<string, ExtraFieldValue> = {};
    for (const [name, field] of this.entries()) {
      const raw = request.param(ExtraFormFields.formName(name));
      values[name] = field.type === 'checkbox' ? raw === '1' : (raw ?? '').trim();
    }
    return values;
  }

  /** Every problem with the submitted values, at most one per field. */
  validate(values: Readonly<Record<string, ExtraFieldValue>>): FormProblem[] {
    const problems: FormProblem[] = [];
    for (const [name, field] of this.entries()) {
      const problem = fieldProblem(field, values[name] ?? '');
      if (problem !== null) problems.push({ field: ExtraFormFields.formName(name), ...problem });
    }
    return problems;
  }

  /** The values the 'saved' stage receives: numbers as numbers, empty text as null. */
  hookValues(values: Readonly<Record<string, ExtraFieldValue>>): Record<string, string | number | boolean | null> {
    const out: Record<string, string | number | boolean | null> = {};
    for (const [name, field] of this.entries()) {
      const value = values[name] ?? '';
      if (typeof value === 'boolean') out[name] = value;
      else if (value === '') out[name] = null;
      else out[name] = field.type === 'number' ? Number(value) : value;
    }
    return out;
  }
}

function fieldProblem(field: RegistrationFormField, value: ExtraFieldValue): Omit<FormProblem, 'field'> | null {
  if (typeof value === 'boolean') {
    return field.required === true && !value ? { key: 'campaignevents-form-error-required-checkbox', params: [] } : null;
  }
  if (value === '') return field.required === true ? { key: 'campaignevents-form-error-required', params: [] } : null;
  switch (field.type) {
    case 'number':
      if (!Number.isFinite(Number(value))) return { key: 'campaignevents-form-error-number', params: [] };
      break;
    case 'url':
      if (!isHttpUrl(value)) return { key: 'campaignevents-form-error-url', params: [] };
      break;
    case 'select':
      if (!Object.hasOwn(field.options ?? {}, value)) return { key: 'campaignevents-form-error-select', params: [] };
      break;
    default:
      break;
  }
  if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) {
    return field.patternMessage === undefined
      ? { key: 'campaignevents-form-error-pattern', params: [field.pattern] }
      : { key: field.patternMessage, params: [value] };
  }
  return null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
