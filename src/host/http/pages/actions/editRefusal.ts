import type { Title } from '../../../../framework/core/Title';
import { HostError } from '../../../HostError';
import type { PageContext } from '../PageContext';

/** Why the session's user may not edit `title` (missing right, block), or null when they may. */
export async function editRefusal(ctx: PageContext, title: Title): Promise<HostError | null> {
  try {
    await ctx.host.editPermissions.assertCanEdit(ctx.session.user, title);
    return null;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
}
