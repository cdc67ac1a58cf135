import type { UserRecord } from '../../../../framework/core/UserLookup';
import { isRegistered } from '../../../../framework/core/UserIdentity';
import { HostError } from '../../../HostError';
import { createAccount } from '../../../users/createAccount';
import { TokenSalts } from '../../session/WikiSession';
import { html, type SafeHtml } from '../html';
import { type PageContext, type PageOutput, redirectTo, renderedPage } from '../PageContext';
import { indexUrl } from '../wikiUrls';
import { FORM_SESSION_LOST } from './formSessionLost';
import { returnToUrl } from './returnTo';
import type { SpecialPage } from './SpecialPageTable';

type Field = 'wpName' | 'wpPassword' | 'wpRetype' | 'wpEmail';

interface FormState {
  name: string;
  email: string;
  /** Error messages by field; `form` for those that belong to no field. */
  errors: Partial<Record<Field | 'form', string>>;
  status?: number;
}

/**
 * `Special:CreateAccount` with MediaWiki's fields `wpName`, `wpPassword`, `wpRetype`, `wpEmail` and
 * `wpCreateaccountToken`. `UserRegistration` runs (not auto-created); a visitor's new account is logged in at once.
 */
export const createAccountPage: SpecialPage = {
  async show(ctx) {
    return accountForm(ctx, { name: ctx.param('wpName') ?? '', email: '', errors: {} });
  },

  async submit(ctx) {
    const name = ctx.param('wpName') ?? '';
    const email = ctx.param('wpEmail') ?? '';
    const password = ctx.param('wpPassword') ?? '';
    if (!ctx.session.checkToken(ctx.param('wpCreateaccountToken'), TokenSalts.createaccount)) {
      return accountForm(ctx, { name, email, errors: { form: FORM_SESSION_LOST }, status: 400 });
    }
    if (password !== (ctx.param('wpRetype') ?? '')) {
      return accountForm(ctx, { name, email, errors: { wpRetype: 'The passwords you entered do not match; type the same password twice.' }, status: 400 });
    }
    const creator = ctx.session.user;
    let user: UserRecord;
    try {
      user = await createAccount(ctx.host, creator, { name, password, email });
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      return accountForm(ctx, { name, email, errors: { [fieldOf(error.code)]: error.message }, status: error.httpStatus });
    }
    // Someone logged in creates an account for another person and stays who they are, as in MediaWiki.
    if (isRegistered(creator)) {
      return renderedPage('Account created', html`<p>The account ${user.name} has been created. You are still logged in as ${creator.name}.</p>`);
    }
    await ctx.session.login(user);
    return redirectTo(returnToUrl(ctx));
  },
};

/** Which field a `UserStore` refusal is about, by its action-API code. */
function fieldOf(code: string): Field | 'form' {
  if (code.startsWith('password')) return 'wpPassword';
  if (code.includes('email')) return 'wpEmail';
  if (code.includes('user') || code.includes('name')) return 'wpName';
  return 'form';
}

function accountForm(ctx: PageContext, state: FormState): PageOutput {
  const error = (field: Field): SafeHtml | null => {
    const message = state.errors[field];
    return message ? html`<span class="field-error" id="${field}-error">${message}</span>` : null;
  };
  const body = html`${state.errors.form ? html`<p class="error">${state.errors.form}</p>` : null}
<form method="post" action="${indexUrl('Special:CreateAccount')}">
<label>Username <input name="wpName" value="${state.name}" autocomplete="username" required></label>${error('wpName')}
<label>Password <input type="password" name="wpPassword" autocomplete="new-password" required></label>${error('wpPassword')}
<label>Confirm password <input type="password" name="wpRetype" autocomplete="new-password" required></label>${error('wpRetype')}
<label>Email address (optional) <input type="email" name="wpEmail" value="${state.email}" autocomplete="email"></label>${error('wpEmail')}
<input type="hidden" name="wpCreateaccountToken" value="${ctx.session.csrfToken(TokenSalts.createaccount)}">
<input type="hidden" name="returnto" value="${ctx.param('returnto') ?? ''}">
<button type="submit" name="wpCreateaccount" value="1">Create your account</button>
</form>`;
  return renderedPage('Create account', body, { status: state.status });
}
