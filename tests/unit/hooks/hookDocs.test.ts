import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { hookDocs, hookDocsFile } from '../../../hooks/generateDocs';
import { defineHook } from '../../../src/framework/hooks/defineHook';
import { renderHookDocs } from '../../../src/framework/hooks/renderHookDocs';

describe('hook documentation', () => {
  it('docs/hooks.md matches the hook catalog', () => {
    const committed = readFileSync(hookDocsFile, 'utf8');

    expect(committed === hookDocs(), 'docs/hooks.md is out of date with hooks/: run `npm run hooks:docs`').to.equal(
      true,
    );
  });

  it('renders contents, settings, arguments and the handler interface of each hook', () => {
    const text = renderHookDocs([
      defineHook<[title: string, flags: number]>()({
        name: 'EditPage::attemptSave',
        args: [
          { name: 'title', type: 'string', description: 'The title.' },
          { name: 'flags', type: 'number', description: 'Bits | more bits.' },
        ],
        abortable: true,
        mode: 'sync',
        errorPolicy: 'isolate',
        since: '0.2.0',
        description: 'Runs before saving. Handlers may stop the save.',
        noServices: true,
        deprecated: { since: '0.3.0' },
      }),
    ]);

    expect(text).to.include('- [EditPage::attemptSave](#editpageattemptsave): Runs before saving.\n');
    expect(text).to.include('**Deprecated** since 0.3.0.');
    expect(text).to.include('| Mode | sync (`run()`) |');
    expect(text).to.include('| Abortable | yes');
    expect(text).to.include('| Error policy | isolate');
    expect(text).to.include('| Services | not allowed');
    expect(text).to.include('| Since | 0.2.0 |');
    expect(text).to.include('| `flags` | `number` | Bits \\| more bits. |');
    expect(text).to.include('  onEditPage__attemptSave(title: string, flags: number): boolean | void;');
  });
});
