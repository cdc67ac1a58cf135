import type { Title } from '../../../../framework/core/Title';
import { HostError } from '../../../HostError';
import { deferPageView } from '../deferPageView';
import { html } from '../html';
import { type PageContext, type PageOutput, redirectTo, renderedPage } from '../PageContext';
import { articleUrl, indexUrl } from '../wikiUrls';
import { editRefusal } from './editRefusal';

/** What MediaWiki says when the edit token does not match (its `session_fail_preview`, in our words after the first sentence). */
export const EDIT_SESSION_LOST =
  'Sorry! We could not process your edit due to a loss of session data. Your text is below: please save again. ' +
  'If it still fails, log out, log back in and try once more.';

/** `action=edit` (GET): the edit form, or the source and the reason when the user may not edit. */
export async function editAction(ctx: PageContext, title: Title): Promise<PageOutput> {
  const { pages } = ctx.host;
  const page = await pages.getPageByTitle(title);
  const revision = page ? await pages.getRevisionById(page.latestRevisionId) : null;
  deferPageView(ctx, title, page?.id ?? 0, 'edit');
  const refusal = await editRefusal(ctx, title);
  if (refusal) {
    const source = revision ? html`<textarea readonly rows="20">${revision.text}</textarea>` : null;
    return renderedPage(`View source for ${title.prefixedText}`, html`<p class="error">${refusal.message}</p>${source}`, {
      title,
      status: refusal.httpStatus,
    });
  }
  return editForm(ctx, title, { text: revision?.text ?? '', summary: '', exists: page !== null });
}

/**
 * `action=submit` (POST, also accepted as `action=edit`): checks the edit token, the right to edit and blocks, saves
 * and redirects to the page. Any refusal shows the form again with the submitted text.
 */
export async function submitAction(ctx: PageContext, title: Title): Promise<PageOutput> {
  const text = (ctx.param('wpTextbox1') ?? '').replace(/\r\n?/g, '\n').trimEnd();
  const summary = ctx.param('wpSummary') ?? '';
  const exists = (await ctx.host.pages.getPageByTitle(title)) !== null;
  if (!ctx.session.checkToken(ctx.param('wpEditToken'))) {
    return editForm(ctx, title, { text, summary, exists, error: EDIT_SESSION_LOST, status: 400 });
  }
  try {
    await ctx.host.editPermissions.assertCanEdit(ctx.session.user, title);
    await ctx.host.pageUpdater.edit({ title, text, summary, user: ctx.session.user });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    return editForm(ctx, title, { text, summary, exists, error: error.message, status: error.httpStatus });
  }
  return redirectTo(articleUrl(title));
}

interface EditFormState {
  text: string;
  summary: string;
  exists: boolean;
  error?: string;
  status?: number;
}

function editForm(ctx: PageContext, title: Title, state: EditFormState): PageOutput {
  const body = html`${state.error ? html`<p class="error">${state.error}</p>` : null}
<form method="post" action="${indexUrl(title, { action: 'submit' })}">
<textarea name="wpTextbox1" rows="20">${state.text}</textarea>
<label>Summary: <input name="wpSummary" value="${state.summary}" size="60"></label>
<input type="hidden" name="wpEditToken" value="${ctx.session.csrfToken()}">
<button type="submit" name="wpSave" value="1">${state.exists ? 'Save changes' : 'Save page'}</button>
</form>`;
  const heading = `${state.exists ? 'Editing' : 'Creating'} ${title.prefixedText}`;
  return renderedPage(heading, body, { title, status: state.status });
}
