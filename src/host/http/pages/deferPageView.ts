import { toIsoTimestamp } from '../../../framework/core/MwTimestamp';
import type { Title } from '../../../framework/core/Title';
import { isRegistered } from '../../../framework/core/UserIdentity';
import { toHookUser } from '../../../../hooks';
import type { PageContext } from './PageContext';

/**
 * Runs the `PageView` hook once the response has been sent, so a slow or failing handler never delays or breaks
 * the page. Called for views, edit forms and histories of existing and missing pages alike (`id` 0 when missing), and
 * for a redirect page whose view answered with a redirect to its target (`isRedirect`).
 */
export function deferPageView(ctx: PageContext, title: Title, pageId: number, action: string, isRedirect = false): void {
  const { host, request, session } = ctx;
  const viewer = session.user;
  const timestamp = toIsoTimestamp(host.clock.now());
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
  request.deferredUpdates.add('The PageView hook', async () => {
    const record = isRegistered(viewer) ? await host.users.getUserById(viewer.id) : null;
    await host.wiki.hookRunner.onPageView({
      user: record ? toHookUser(record) : null,
      page: { text: title.prefixedText, dbKey: title.dbKey, namespace: title.namespace, id: pageId },
      request: { method: request.method.toUpperCase(), action, path, query },
      isRedirect,
      timestamp,
    });
  });
}
