/**
 * The content model the action API reports for every page. Pages hold plain text, which the host shows escaped; to
 * clients it is MediaWiki's default model for articles, wikitext, so bots read and write it as on any wiki.
 */
export const PAGE_CONTENT_MODEL = 'wikitext';

/** The serialisation format of {@link PAGE_CONTENT_MODEL}. */
export const PAGE_CONTENT_FORMAT = 'text/x-wiki';
