/**
 * The HeaderFixture test extension: three `ArticleViewHeader` handlers, loaded by the host through a manifest
 * exactly as a real extension's are. In run order: one that throws, one that passes a plain string, one that
 * records what it was given and adds a line naming the page.
 */
import * as path from 'node:path';
import type { ArticleViewHeaderData, ArticleViewHeaderHook } from '../../../../../hooks';
import { html } from '../../../../../src/framework/html/html';
import { manifest, tempDir, writeExtension } from '../../../../support/extensionFixtures';

/** This compiled module, referenced by absolute path from the temporary manifest. */
const MODULE = path.join(__dirname, 'headerFixtureExtension');

/** What `RecordingHeader` was given, without `addHtml`; the test empties it. */
export const seenViews: Omit<ArticleViewHeaderData, 'addHtml'>[] = [];

/** Writes the extension into a temporary folder and returns its extension.json. */
export function writeHeaderFixtureExtension(): string {
  return writeExtension(
    tempDir('wikiext-header-fixture-'),
    manifest('HeaderFixture', {
      HookHandlers: {
        failing: { class: `${MODULE}#FailingHeader` },
        raw: { class: `${MODULE}#RawStringHeader` },
        recording: { class: `${MODULE}#RecordingHeader` },
      },
      Hooks: { ArticleViewHeader: ['failing', 'raw', 'recording'] },
    }),
  );
}

/** Fails the way a bug does, after adding nothing. */
export class FailingHeader implements ArticleViewHeaderHook {
  onArticleViewHeader(): void {
    throw new Error('header handler bug');
  }
}

/** Hands over unescaped markup, as a plain-JavaScript handler could. */
export class RawStringHeader implements ArticleViewHeaderHook {
  onArticleViewHeader(view: ArticleViewHeaderData): void {
    view.addHtml('<b class="raw-fixture">unescaped</b>' as never);
  }
}

export class RecordingHeader implements ArticleViewHeaderHook {
  async onArticleViewHeader(view: ArticleViewHeaderData): Promise<void> {
    const { title, exists, viewer, language } = view;
    seenViews.push({ title, exists, viewer, language });
    view.addHtml(html`<p class="header-fixture">About ${title.prefixedText}</p>`);
  }
}
