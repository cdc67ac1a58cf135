/**
 * Hook dispatch cost, with 1, 5 and 20 handlers, measured in the same process. Sync: our container (isolate and
 * propagate, by name and through the typed runner) against tapable's SyncHook and Node's EventEmitter. Async (all
 * catalog hooks are async): `runAsync()` and the typed runner against tapable's AsyncSeriesHook, with the same sync
 * handlers. Each table ends with whether the goal "no slower than tapable with isolation on" is met.
 * Run `node dist/bench/hooks.js`, or `benchHooks()` from the bench runner.
 */
import { EventEmitter } from 'node:events';
import { AsyncSeriesHook, SyncHook } from 'tapable';
import { createHookRunner } from '../src/framework/hooks/createHookRunner';
import { defineHook } from '../src/framework/hooks/defineHook';
import { HookContainer } from '../src/framework/hooks/HookContainer';

interface Payload {
  n: number;
}

const sink = { total: 0 };
const HANDLER_COUNTS = [1, 5, 20] as const;
const WARMUP_CALLS = 200_000;
/** Enough calls per measurement that timer resolution does not matter; ~0.2 s per row at 20 handlers. */
const TIMED_CALLS = 2_000_000;
const ROUNDS = 3;
/** An async call costs microtask turns, ~10x a sync one: fewer calls keep the whole bench under ~30 s. */
const ASYNC_WARMUP_CALLS = 20_000;
const ASYNC_TIMED_CALLS = 200_000;

/**
 * Distinct handler functions (not closures of one function), as real handlers from different extensions are: a
 * shared function would let V8 keep a single call target and flatter the plain loops.
 */
function makeHandlers(count: number): ((p: Payload) => void)[] {
  return Array.from(
    { length: count },
    (_, i) => new Function('sink', `return function handler${i}(p) { sink.total += p.n + ${i}; };`)(sink),
  );
}

type Subject = (payload: Payload) => unknown;
type Handlers = ((p: Payload) => void)[];
type ErrorPolicy = 'isolate' | 'propagate';

/**
 * Wraps a call in a function of its own. A closure shared by several subjects would share V8's call feedback, so
 * whichever ran first would look monomorphic and the rest polymorphic. What stays shared is inside each system
 * (our `run()` serves every hook), which is the real cost.
 */
function subject(target: object, body: string): Subject {
  // The unique comment keeps V8 from reusing the compiled code (and its feedback) of an identical source text.
  return new Function('target', `return function subject(payload) { ${body} /* ${++sources} */ };`)(target) as Subject;
}
let sources = 0;

function benchContract<const M extends 'sync' | 'async'>(errorPolicy: ErrorPolicy, mode: M) {
  return defineHook<[payload: Payload]>()({
    name: 'Bench',
    args: [{ name: 'payload', type: 'Payload', description: 'What the handlers read.' }],
    abortable: false,
    mode,
    errorPolicy,
    since: '0.1.0',
    description: 'A hook for measuring dispatch.',
  });
}

/** `container.run(name, [payload])`: the lookup by name plus the compiled dispatcher. */
function ours(handlers: Handlers, errorPolicy: ErrorPolicy): Subject {
  const container = new HookContainer();
  container.declare(benchContract(errorPolicy, 'sync'));
  for (const handler of handlers) container.register('Bench', handler);
  return subject(container, "target.run('Bench', [payload]);");
}

/** The typed runner (`runner.onBench(payload)`), which skips the lookup by name. */
function oursRunner(handlers: Handlers, errorPolicy: ErrorPolicy): Subject {
  const container = new HookContainer();
  const runner = createHookRunner(container, [benchContract(errorPolicy, 'sync')]);
  for (const handler of handlers) container.register('Bench', handler);
  return subject(runner, 'target.onBench(payload);');
}

/** `container.runAsync(name, [payload])` on an async contract with isolation on. */
function oursAsync(handlers: Handlers): Subject {
  const container = new HookContainer();
  container.declare(benchContract('isolate', 'async'));
  for (const handler of handlers) container.register('Bench', handler);
  return subject(container, "return target.runAsync('Bench', [payload]);");
}

/** The typed runner on the same async contract. */
function oursAsyncRunner(handlers: Handlers): Subject {
  const container = new HookContainer();
  const runner = createHookRunner(container, [benchContract('isolate', 'async')]);
  for (const handler of handlers) container.register('Bench', handler);
  return subject(runner, 'return target.onBench(payload);');
}

function tapable(handlers: Handlers): Subject {
  const hook = new SyncHook<[Payload]>(['payload']);
  handlers.forEach((handler, i) => hook.tap(`plugin${i}`, handler));
  return subject(hook, 'target.call(payload);');
}

/** Sync handlers tapped with `tap()`, as ours are registered: tapable then calls them without awaiting each. */
function tapableAsync(handlers: Handlers): Subject {
  const hook = new AsyncSeriesHook<[Payload]>(['payload']);
  handlers.forEach((handler, i) => hook.tap(`plugin${i}`, handler));
  return subject(hook, 'return target.promise(payload);');
}

function eventEmitter(handlers: Handlers): Subject {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(handlers.length + 1);
  for (const handler of handlers) emitter.on('hook', handler);
  return subject(emitter, "target.emit('hook', payload);");
}

type Loop = (run: Subject, payload: Payload, calls: number) => void | Promise<void>;

/**
 * Each subject gets its own loop function: a shared loop's call site would see every subject, and whichever ran
 * first would be measured monomorphic and the rest megamorphic. The async loop awaits each call, as a caller does;
 * every system of a table gets a loop built from the same source.
 */
function newLoop(async: boolean): Loop {
  const body = async
    ? 'return (async () => { for (let i = 0; i < calls; i++) await run(payload); })();'
    : 'for (let i = 0; i < calls; i++) run(payload);';
  return new Function('run', 'payload', 'calls', `${body} /* ${++sources} */`) as Loop;
}

/** Nanoseconds per call, the best of a few rounds (the least disturbed by GC and other processes). */
async function measure(run: Subject, async = false): Promise<number> {
  const loop = newLoop(async);
  const [warmup, timed] = async ? [ASYNC_WARMUP_CALLS, ASYNC_TIMED_CALLS] : [WARMUP_CALLS, TIMED_CALLS];
  const payload = { n: 1 };
  // Every system starts from the same small integer: a total past 2^31 turns the field into a heap double, which makes
  // every handler slower, and only the systems measured after that point would pay for it.
  sink.total = 0;
  await loop(run, payload, warmup);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    await loop(run, payload, timed);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / timed);
  }
  return best;
}

/** Which of a table's systems the goal lines compare with its first row (tapable). */
interface Goal {
  label: string;
  system: string;
}

/**
 * Measures every system at each handler count, then prints ns per call, the ratio to the first system (tapable)
 * and, per goal, whether the system was no slower than tapable at each handler count.
 */
async function table(
  title: string,
  systems: [string, (handlers: Handlers) => Subject][],
  goals: Goal[],
  async = false,
): Promise<void> {
  const rows: string[][] = [['handlers', 'system', 'ns/call', 'vs tapable']];
  const marks = new Map<string, string[]>(goals.map((goal) => [goal.system, []]));
  for (const count of HANDLER_COUNTS) {
    const handlers = makeHandlers(count);
    const results: [string, number][] = [];
    for (const [system, build] of systems) results.push([system, await measure(build(handlers), async)]);
    const base = results[0][1];
    for (const [system, ns] of results) {
      rows.push([String(count), system, ns.toFixed(1), `${(ns / base).toFixed(2)}x`]);
      marks.get(system)?.push(`${count} ${ns <= base ? '✓' : '✗'}`);
    }
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const pad = (cell: string, col: number) => (col < 2 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]));
  const out = rows.map((r) => r.map(pad).join('  '));
  const verdicts = goals.map((goal) => `goal (isolate, ${goal.label}) <= tapable: ${marks.get(goal.system)!.join(' ')}`);
  const sinkState = sink.total > 0 ? 'ok' : 'empty';
  process.stdout.write(`${title} (lower is better; sink ${sinkState})\n${out.join('\n')}\n${verdicts.join('\n')}\n`);
}

/** Prints the sync and async dispatch tables, each with its goal lines. @public */
export async function benchHooks(): Promise<void> {
  await table(
    'Sync hook dispatch',
    [
      ['tapable SyncHook', tapable],
      ['wikiext isolate', (handlers) => ours(handlers, 'isolate')],
      ['wikiext propagate', (handlers) => ours(handlers, 'propagate')],
      ['wikiext runner isolate', (handlers) => oursRunner(handlers, 'isolate')],
      ['wikiext runner propagate', (handlers) => oursRunner(handlers, 'propagate')],
      ['node EventEmitter', eventEmitter],
    ],
    [
      { label: 'typed runner', system: 'wikiext runner isolate' },
      { label: 'run() by name', system: 'wikiext isolate' },
    ],
  );
  process.stdout.write('\n');
  await table(
    'Async hook dispatch, sync handlers, each call awaited',
    [
      ['tapable AsyncSeriesHook', tapableAsync],
      ['wikiext runAsync isolate', oursAsync],
      ['wikiext runner isolate', oursAsyncRunner],
    ],
    [
      { label: 'typed runner', system: 'wikiext runner isolate' },
      { label: 'runAsync() by name', system: 'wikiext runAsync isolate' },
    ],
    true,
  );
}

if (require.main === module) {
  benchHooks().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
