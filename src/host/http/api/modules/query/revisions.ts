import { mwTimestampToIso } from '../../../../../framework/core/MwTimestamp';
import type { RevisionRecord } from '../../../../../framework/core/PageLookup';
import { isRegistered } from '../../../../../framework/core/UserIdentity';
import type { ApiContext } from '../../ApiModule';
import { PAGE_CONTENT_FORMAT, PAGE_CONTENT_MODEL } from '../../pageContentModel';
import type { PageSet } from './pageSet';

const PROPERTIES = ['ids', 'flags', 'timestamp', 'user', 'userid', 'size', 'comment', 'contentmodel', 'content'] as const;
type RevisionProperty = (typeof PROPERTIES)[number];
const DEFAULT_PROPERTIES: readonly RevisionProperty[] = ['ids', 'timestamp', 'flags', 'comment', 'user'];

/**
 * `prop=revisions` (ApiQueryRevisions) in its multi-page mode: the latest revision of each page. With
 * `rvslots=main` the text is under `slots.main`; without `rvslots` it sits on the revision itself, MediaWiki's legacy
 * shape, with MediaWiki's deprecation warning.
 */
export async function addLatestRevisions(context: ApiContext, pageSet: PageSet): Promise<void> {
  const { params, warn } = context;
  const properties: readonly RevisionProperty[] =
    params.string('rvprop') === undefined
      ? DEFAULT_PROPERTIES
      : params.knownValues('rvprop', PROPERTIES, (text) => warn('revisions', text));
  const slots = params.knownValues('rvslots', ['main', '*'], (text) => warn('revisions', text));
  const wantsContent = properties.includes('content') || properties.includes('contentmodel');
  if (wantsContent && params.string('rvslots') === undefined) {
    warn(
      'revisions',
      'Because "rvslots" was not specified, a legacy format has been used for the output. This format is deprecated, ' +
        'and in the future the new format will always be used.',
    );
  }
  for (const page of pageSet.pages) {
    if (page.record === null) continue;
    const revision = await context.host.pages.getRevisionById(page.record.latestRevisionId);
    if (revision === null) continue;
    const entry = describeRevision(context, revision, properties);
    const content = contentFields(context, revision, properties);
    if (wantsContent && slots.length > 0) entry.slots = { main: content };
    else Object.assign(entry, content);
    page.entry.revisions = [entry];
  }
}

function describeRevision(
  context: ApiContext,
  revision: RevisionRecord,
  properties: readonly RevisionProperty[],
): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (properties.includes('ids')) Object.assign(entry, { revid: revision.id, parentid: revision.parentId });
  // The host records no minor edits.
  if (properties.includes('flags')) entry.minor = false;
  if (properties.includes('user')) {
    entry.user = revision.user.name;
    if (!isRegistered(revision.user)) entry.anon = true;
  }
  if (properties.includes('userid')) entry.userid = revision.user.id;
  if (properties.includes('timestamp')) entry.timestamp = mwTimestampToIso(revision.timestamp);
  if (properties.includes('size')) entry.size = revision.size;
  if (properties.includes('comment')) entry.comment = revision.comment;
  return entry;
}

function contentFields(
  context: ApiContext,
  revision: RevisionRecord,
  properties: readonly RevisionProperty[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (properties.includes('contentmodel')) fields.contentmodel = PAGE_CONTENT_MODEL;
  if (properties.includes('content')) {
    Object.assign(fields, { contentmodel: PAGE_CONTENT_MODEL, contentformat: PAGE_CONTENT_FORMAT, [context.contentKey('content')]: revision.text });
  }
  return fields;
}
