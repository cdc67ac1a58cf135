import { isRegistered } from '../../../../framework/core/UserIdentity';
import { html } from '../html';
import { type PageContext, type PageOutput, renderedPage } from '../PageContext';
import { indexUrl } from '../wikiUrls';
import { FORM_SESSION_LOST } from './formSessionLost';
import { returnToUrl } from './returnTo';
import type { SpecialPage } from './SpecialPageTable';

/**
 * `Special:UserLogout`. Logging out changes state, so it takes a POST with the CSRF token (`wpEditToken`); a GET
 * only shows the button, so a link or an image on another site cannot log anyone out.
 */
export const userLogoutPage: SpecialPage = {
  async show(ctx) {
    return isRegistered(ctx.session.user) ? confirmForm(ctx) : notLoggedIn();
  },

  async submit(ctx) {
    if (!isRegistered(ctx.session.user)) return notLoggedIn();
    if (!ctx.session.checkToken(ctx.param('wpEditToken'))) return confirmForm(ctx, FORM_SESSION_LOST);
    await ctx.session.logout();
    return renderedPage('Logged out', html`<p>You are now logged out.</p><p><a href="${returnToUrl(ctx)}">Continue</a></p>`);
  },
};

function confirmForm(ctx: PageContext, error?: string): PageOutput {
  const body = html`${error ? html`<p class="error">${error}</p>` : null}
<form method="post" action="${indexUrl('Special:UserLogout')}">
<p>Do you want to log out, ${ctx.session.user.name}?</p>
<input type="hidden" name="wpEditToken" value="${ctx.session.csrfToken()}">
<input type="hidden" name="returnto" value="${ctx.param('returnto') ?? ''}">
<button type="submit">Log out</button>
</form>`;
  return renderedPage('Log out', body, { status: error ? 400 : 200 });
}

function notLoggedIn(): PageOutput {
  return renderedPage('Log out', html`<p>You are not logged in.</p>`);
}
