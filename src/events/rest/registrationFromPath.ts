import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import { ParamValidator } from '../../framework/rest/ParamValidator';
import type { RestRequest } from '../../framework/rest/RestHandler';
import type { ExistingEventRegistration } from '../EventRegistration';
import type { EventStore } from '../EventStore';

const pathParams = new ParamValidator();

/**
 * The registration named by the `{id}` of the path, deleted ones included.
 *
 * @throws LocalizedHttpError 400 `badinteger` for an id that is not a number, 404 `campaignevents-rest-event-not-found`
 *   when there is no such registration.
 */
export async function registrationFromPath(store: EventStore, request: Pick<RestRequest, 'pathParams'>): Promise<ExistingEventRegistration> {
  const { id } = pathParams.validatePath({ id: { type: 'integer', required: true } } as const, request.pathParams);
  const event = await store.findEventById(id);
  if (event === null) throw new LocalizedHttpError(404, 'campaignevents-rest-event-not-found', [String(id)]);
  return event;
}
