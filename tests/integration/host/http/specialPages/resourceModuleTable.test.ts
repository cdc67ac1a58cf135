import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, WikiextAggregateError } from '../../../../../src/framework/errors';
import type { ResourceModuleInfo } from '../../../../../src/framework/registry/ExtractedData';
import { COMPILED_ROOTS, REPO_ROOT } from '../../../../../src/host/HostInfo';
import { ResourceModuleTable } from '../../../../../src/host/http/resources/ResourceModuleTable';
import { tempDir } from '../../../../support/extensionFixtures';

function module(localBasePath: string, scripts: string[], styles: string[] = []): ResourceModuleInfo {
  return { extension: 'Fixture', dir: localBasePath, localBasePath, scripts, styles };
}

function buildError(entries: Record<string, ResourceModuleInfo>, roots = COMPILED_ROOTS): string {
  try {
    ResourceModuleTable.build(entries, roots);
  } catch (error) {
    expect(error).to.be.instanceOf(WikiextAggregateError);
    expect((error as WikiextAggregateError).code).to.equal(ErrorCodes.RESOURCE_MODULE_INVALID);
    return (error as Error).message;
  }
  throw new Error('expected build to throw');
}

describe('ResourceModuleTable: TypeScript scripts', () => {
  /** This folder in the source tree, where fixtureBrowserScript.ts lives (tests run from dist/). */
  const sourceDir = path.join(REPO_ROOT, path.relative(path.join(REPO_ROOT, 'dist'), __dirname));

  it('serves a .ts script from the .js tsc compiled it to, under dist/', async () => {
    const table = ResourceModuleTable.build({ 'ext.ts': module(sourceDir, ['fixtureBrowserScript.ts']) }, COMPILED_ROOTS);
    const { text } = await table.content(['ext.ts'], 'scripts');
    expect(text).to.contain('/* fixtureBrowserScript.ts */');
    expect(text).to.contain('const answer = 1 + 1;\ndocument.documentElement.dataset.fixtureBrowserScript = String(answer);');
    expect(text).not.to.contain('sourceMappingURL');
    expect(text).not.to.contain('exports');
    // It runs as a browser would run it: no `exports`, no `require`.
    const dataset: Record<string, string> = {};
    new Function('document', 'console', text)({ documentElement: { dataset } }, console);
    expect(dataset).to.deep.equal({ fixtureBrowserScript: '2' });
  });

  it('maps through the given compiled roots and re-reads a file that changed', async () => {
    const source = tempDir('wikiext-rm-src-');
    const compiled = tempDir('wikiext-rm-dist-');
    mkdirSync(path.join(source, 'ext', 'modules'), { recursive: true });
    mkdirSync(path.join(compiled, 'ext', 'modules'), { recursive: true });
    writeFileSync(path.join(source, 'ext', 'modules', 'form.ts'), 'document.title = "x";\n');
    writeFileSync(
      path.join(compiled, 'ext', 'modules', 'form.js'),
      '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\ndocument.title = "compiled";\n//# sourceMappingURL=form.js.map',
    );
    const table = ResourceModuleTable.build({ form: module(path.join(source, 'ext'), ['modules/form.ts']) }, [{ source, compiled }]);
    const before = await table.content(['form'], 'scripts');
    expect(before.text).to.contain('(function () {\n"use strict";\ndocument.title = "compiled";\n}());');
    writeFileSync(path.join(compiled, 'ext', 'modules', 'form.js'), '"use strict";\ndocument.title = "rebuilt, longer";\n');
    const after = await table.content(['form'], 'scripts');
    expect(after.text).to.contain('document.title = "rebuilt, longer";');
    expect(after.version).not.to.equal(before.version);
  });

  it('refuses a .ts script that is not compiled yet, saying how to build', () => {
    const source = tempDir('wikiext-rm-src-');
    const compiled = tempDir('wikiext-rm-dist-');
    writeFileSync(path.join(source, 'late.ts'), 'document.title = "x";\n');
    expect(buildError({ late: module(source, ['late.ts']) }, [{ source, compiled }])).to.equal(
      `ResourceModules "late" of Fixture: the script "late.ts" is not compiled yet (expected ${path.join(compiled, 'late.js')}); ` +
        'build the project with npm run build (npx tsc -p tsconfig.json).',
    );
  });

  it('refuses a .ts script that imports or exports, since it compiles to a CommonJS module', () => {
    const source = tempDir('wikiext-rm-src-');
    const compiled = tempDir('wikiext-rm-dist-');
    writeFileSync(path.join(source, 'mod.ts'), 'export const x = 1;\n');
    writeFileSync(path.join(compiled, 'mod.js'), '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.x = void 0;\nexports.x = 1;\n');
    writeFileSync(path.join(source, 'imp.ts'), 'import { x } from "./mod";\ndocument.title = String(x);\n');
    writeFileSync(path.join(compiled, 'imp.js'), '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst mod_1 = require("./mod");\n');
    const lines = buildError({ mod: module(source, ['mod.ts', 'imp.ts']) }, [{ source, compiled }]).split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.contain(
      'ResourceModules "mod" of Fixture: the script "mod.ts" imports or exports, so tsc compiled it to a CommonJS module that a browser cannot run; remove every import and export',
    );
    expect(lines[1]).to.contain('the script "imp.ts" imports or exports');
  });

  it('refuses a .ts script outside the compiled folders', () => {
    const source = tempDir('wikiext-rm-src-');
    const elsewhere = tempDir('wikiext-rm-other-');
    writeFileSync(path.join(elsewhere, 'lost.ts'), 'document.title = "x";\n');
    expect(buildError({ lost: module(elsewhere, ['lost.ts']) }, [{ source, compiled: path.join(source, 'dist') }])).to.equal(
      `ResourceModules "lost" of Fixture: the TypeScript script "lost.ts" is outside the folders tsc compiles (${source}); write it in JavaScript or move the extension there.`,
    );
  });

  it('gives no URL for a kind none of the modules has', async () => {
    const dir = tempDir('wikiext-rm-css-');
    writeFileSync(path.join(dir, 'a.css'), 'a { color: red; }');
    const table = ResourceModuleTable.build({ css: module(dir, [], ['a.css']) }, COMPILED_ROOTS);
    expect(await table.url(['css'], 'scripts')).to.equal(undefined);
    expect(await table.url(['css', 'css'], 'styles')).to.match(/^\/w\/load\.php\?modules=css&only=styles&version=[0-9a-f]{12}$/);
  });
});
