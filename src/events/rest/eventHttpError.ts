import { LocalizedHttpError } from '../../framework/rest/LocalizedHttpError';
import { EventError } from '../EventErrors';

/** HTTP status of each kind of refusal, as CampaignEvents answers (permission statuses 403, others 400). */
const STATUS: Record<EventError['kind'], number> = { invalid: 400, permission: 403, 'not-found': 404 };

/**
 * The REST answer to a refused event operation: its first problem, as CampaignEvents' `FailStatusUtilTrait` reports
 * only the first message of a failed status. Other errors pass through unchanged.
 */
function eventHttpError(error: unknown): unknown {
  if (!(error instanceof EventError) || error.problems.length === 0) return error;
  const [first] = error.problems;
  return new LocalizedHttpError(STATUS[error.kind], first.key, first.params);
}

/** Runs `action`, turning an {@link EventError} into the REST error for it. */
export async function answeringEventErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw eventHttpError(error);
  }
}
