import * as path from 'node:path';

/** The repository root (this file runs from dist/src/host/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require(path.join(REPO_ROOT, 'package.json')) as { version: string };

/**
 * Who the host is, for `requires`: extensions written for MediaWiki state `"MediaWiki": ">= 1.42.0"`, so the host
 * answers with the MediaWiki version whose extension interface it follows.
 */
export const HOST = { name: 'wikiext', version: pkg.version, mediaWikiVersion: '1.45.0' } as const;

/** Where `tsc` puts compiled code, so manifests can name TypeScript modules by their source path. */
export const COMPILED_ROOTS = [{ source: REPO_ROOT, compiled: path.join(REPO_ROOT, 'dist') }];

/** The host's own messages (REST errors, pages), read from the source tree: tsc does not copy JSON files. */
export const HOST_MESSAGES_DIR = path.join(REPO_ROOT, 'src', 'host', 'i18n');
