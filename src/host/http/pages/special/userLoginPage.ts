import { isRegistered } from '../../../../framework/core/UserIdentity';
import { HostError } from '../../../HostError';
import { TokenSalts } from '../../session/WikiSession';
import { html, type SafeHtml } from '../html';
import { type PageContext, type PageOutput, redirectTo, renderedPage } from '../PageContext';
import { indexUrl } from '../wikiUrls';
import { FORM_SESSION_LOST } from './formSessionLost';
import { returnToUrl } from './returnTo';
import type { SpecialPage } from './SpecialPageTable';

/** Shown above the form when a page sent the visitor here without a reason message of its own. */
const GENERIC_LOGIN_REASON = 'Please log in to use this page.';

/**
 * `Special:UserLogin`: MediaWiki's field names `wpName`, `wpPassword`, `wpLoginToken`, `returnto` and
 * `returntoquery`. A page that needs a logged-in user sends visitors here with `warning=<message key>`: the message
 * is shown above the form if the wiki has it, else a generic "please log in" text.
 */
export const userLoginPage: SpecialPage = {
  async show(ctx) {
    return loginForm(ctx, { name: ctx.param('wpName') ?? '' });
  },

  async submit(ctx) {
    const name = ctx.param('wpName') ?? '';
    if (!ctx.session.checkToken(ctx.param('wpLoginToken'), TokenSalts.login)) {
      return loginForm(ctx, { name, error: FORM_SESSION_LOST, status: 400 });
    }
    try {
      const user = await ctx.host.users.authenticate(name, ctx.param('wpPassword') ?? '');
      await ctx.session.login(user);
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      return loginForm(ctx, { name, error: error.message, status: error.httpStatus });
    }
    return redirectTo(returnToUrl(ctx));
  },
};

function loginForm(ctx: PageContext, state: { name: string; error?: string; status?: number }): PageOutput {
  const user = ctx.session.user;
  const body = html`${isRegistered(user) ? html`<p>You are logged in as ${user.name}. Log in below to use another account.</p>` : null}
${warning(ctx)}
${state.error ? html`<p class="error">${state.error}</p>` : null}
<form method="post" action="${indexUrl('Special:UserLogin')}">
<label>Username <input name="wpName" value="${state.name}" autocomplete="username" required></label>
<label>Password <input type="password" name="wpPassword" autocomplete="current-password" required></label>
<input type="hidden" name="wpLoginToken" value="${ctx.session.loginToken()}">
<input type="hidden" name="returnto" value="${ctx.param('returnto') ?? ''}">
${ctx.param('returntoquery') ? html`<input type="hidden" name="returntoquery" value="${ctx.param('returntoquery')}">` : null}
${ctx.param('warning') ? html`<input type="hidden" name="warning" value="${ctx.param('warning')}">` : null}
<button type="submit" name="wploginattempt" value="1">Log in</button>
</form>
<p>No account? <a href="${indexUrl('Special:CreateAccount')}">Create one</a>.</p>`;
  return renderedPage('Log in', body, { status: state.status });
}

/** The notice for `warning=<message key>`: that message (plain text, escaped) if the wiki has it, else the generic text. */
function warning(ctx: PageContext): SafeHtml | null {
  const key = ctx.param('warning');
  if (!key) return null;
  const messages = ctx.host.wiki.messages;
  const text = messages.has(key) ? messages.msg(key).text() : GENERIC_LOGIN_REASON;
  return html`<p class="warning" id="login-warning">${text}</p>`;
}
