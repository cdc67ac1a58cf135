import type { MessageParam } from '../framework/i18n/Message';

/**
 * Form fields and REST parameters an error can be about, so the form shows it next to the field and REST names
 * the body parameter. `general` is an error about the whole request.
 */
export type EventField =
  | 'page'
  | 'status'
  | 'timezone'
  | 'start'
  | 'end'
  | 'types'
  | 'wikis'
  | 'topics'
  | 'participation'
  | 'meetingUrl'
  | 'country'
  | 'address'
  | 'chatUrl'
  | 'tracksContributions'
  | 'trackingTool'
  | 'organizers'
  | 'general';

/** One problem: a message key of i18n/en.json with its parameters, and the field it is about. */
export interface EventProblem {
  readonly field: EventField;
  readonly key: string;
  readonly params: readonly MessageParam[];
}

/**
 * Why an event operation was refused. `kind` drives the answer: REST sends 400 / 403 / 404 with the first
 * problem's key as `errorKey`; the form shows every problem next to its field.
 */
export class EventError extends Error {
  constructor(
    readonly kind: 'invalid' | 'permission' | 'not-found',
    readonly problems: readonly EventProblem[],
  ) {
    super(problems.map((p) => p.key).join(', '));
    this.name = 'EventError';
  }

  static invalid(problems: readonly EventProblem[]): EventError {
    return new EventError('invalid', problems);
  }

  static permission(key: string, field: EventField = 'general', params: MessageParam[] = []): EventError {
    return new EventError('permission', [{ field, key, params }]);
  }

  static notFound(key: string, params: MessageParam[] = []): EventError {
    return new EventError('not-found', [{ field: 'general', key, params }]);
  }
}
