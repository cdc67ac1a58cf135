import type { AnyHookContract } from './defineHook';
import { hookMethodName } from './hookMethodName';

/**
 * Renders the hook reference (docs/hooks.md) from a catalog: a table of contents, then per hook its description,
 * settings, arguments and the handler interface. The output only depends on the catalog, so a test can compare it
 * with the committed file.
 *
 * @public
 */
export function renderHookDocs(catalog: readonly AnyHookContract[]): string {
  const hooks = [...catalog].sort((a, b) => a.name.localeCompare(b.name));
  const lines = [
    '# Hooks',
    '',
    '<!-- Generated from the hook catalog (hooks/) by hooks/generateDocs.ts: run `npm run hooks:docs`. -->',
    '',
    'Every hook a handler can implement. A handler object implements `on<Hook>` (the `<Hook>Hook` type next to the',
    'contract in `hooks/`); the types named below are in `hooks/data/`. Handlers return nothing to continue; only an',
    'abortable hook accepts `false`, which stops the remaining handlers.',
    '',
    '## Contents',
    '',
    ...hooks.map((c) => `- [${c.name}](#${anchor(c.name)}): ${firstSentence(c.description)}`),
  ];
  for (const contract of hooks) lines.push('', ...renderHook(contract));
  return `${lines.join('\n')}\n`;
}

const MODE = {
  sync: 'sync (`run()`)',
  async: 'async (`runAsync()`, each handler awaited in turn)',
} as const;

const ABORTABLE = {
  yes: 'yes: returning `false` stops the remaining handlers',
  no: 'no: returning `false` is an error',
} as const;

const POLICY = {
  isolate: 'isolate: a failing handler is logged, the others still run',
  propagate: 'propagate: a failing handler stops the hook and the caller gets the error',
} as const;

function renderHook(c: AnyHookContract): string[] {
  const args = c.args.map((a) => `${a.name}: ${a.type}`).join(', ');
  const lines = [`## ${c.name}`, ''];
  if (c.deprecated) lines.push(`**Deprecated** since ${c.deprecated.since}.`, '');
  lines.push(
    c.description,
    '',
    '| | |',
    '|---|---|',
    `| Mode | ${MODE[c.mode]} |`,
    `| Abortable | ${c.abortable ? ABORTABLE.yes : ABORTABLE.no} |`,
    `| Error policy | ${POLICY[c.errorPolicy]} |`,
    `| Services | ${c.noServices ? 'not allowed: handlers must not declare `services`' : 'allowed'} |`,
    `| Since | ${c.since} |`,
    '',
    '### Arguments',
    '',
  );
  if (c.args.length === 0) lines.push('None.');
  else {
    lines.push('| Name | Type | Description |', '|---|---|---|');
    for (const a of c.args) lines.push(`| \`${a.name}\` | \`${a.type}\` | ${a.description.replace(/\|/g, '\\|')} |`);
  }
  lines.push(
    '',
    '### Handler interface',
    '',
    '```ts',
    `interface ${c.name.replace(/[:\\-]/g, '_')}Hook {`,
    `  ${hookMethodName(c.name)}(${args}): ${handlerReturn(c)};`,
    '}',
    '```',
  );
  return lines;
}

/** Mirrors `HookHandlerReturn` in defineHook.ts. */
function handlerReturn(c: AnyHookContract): string {
  if (c.abortable) return c.mode === 'async' ? 'boolean | void | Promise<boolean | void>' : 'boolean | void';
  return c.mode === 'async' ? 'void | Promise<void>' : 'void';
}

/** GitHub's heading anchor for a hook name. */
function anchor(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
