/**
 * Hook dispatch cost: our container (isolate and propagate, by name and through the typed runner), tapable's
 * SyncHook and Node's EventEmitter, with 1, 5 and 20 handlers, measured in the same process.
 * Run `node dist/bench/hooks.js`, or `benchHooks()` from the bench runner.
 */
import { EventEmitter } from 'node:events';
import { SyncHook } from 'tapable';
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

type Subject = (payload: Payload) => void;

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

function benchContract(errorPolicy: 'isolate' | 'propagate') {
  return defineHook<[payload: Payload]>()({
    name: 'Bench',
    args: [{ name: 'payload', type: 'Payload', description: 'What the handlers read.' }],
    abortable: false,
    mode: 'sync',
    errorPolicy,
    since: '0.1.0',
    description: 'A hook for measuring dispatch.',
  });
}

/** `container.run(name, [payload])`: the lookup by name plus the compiled dispatcher. */
function ours(handlers: ((p: Payload) => void)[], errorPolicy: 'isolate' | 'propagate'): Subject {
  const container = new HookContainer();
  container.declare(benchContract(errorPolicy));
  for (const handler of handlers) container.register('Bench', handler);
  return subject(container, "target.run('Bench', [payload]);");
}

/** The typed runner (`runner.onBench(payload)`), which skips the lookup by name. */
function oursRunner(handlers: ((p: Payload) => void)[]): Subject {
  const container = new HookContainer();
  const runner = createHookRunner(container, [benchContract('isolate')]);
  for (const handler of handlers) container.register('Bench', handler);
  return subject(runner, 'target.onBench(payload);');
}

function tapable(handlers: ((p: Payload) => void)[]): Subject {
  const hook = new SyncHook<[Payload]>(['payload']);
  handlers.forEach((handler, i) => hook.tap(`plugin${i}`, handler));
  return subject(hook, 'target.call(payload);');
}

function eventEmitter(handlers: ((p: Payload) => void)[]): Subject {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(handlers.length + 1);
  for (const handler of handlers) emitter.on('hook', handler);
  return subject(emitter, "target.emit('hook', payload);");
}

/**
 * Nanoseconds per call, the best of a few rounds (the least disturbed by GC and other processes). Each subject gets
 * its own loop function: a shared loop's call site would see every subject, and whichever ran first would be
 * measured monomorphic and the rest megamorphic.
 */
function measure(run: Subject): number {
  const loop = new Function('run', 'payload', 'calls', `for (let i = 0; i < calls; i++) run(payload); /* ${++sources} */`) as (
    run: Subject,
    payload: Payload,
    calls: number,
  ) => void;
  const payload = { n: 1 };
  // Every system starts from the same small integer: a total past 2^31 turns the field into a heap double, which makes
  // every handler slower, and only the systems measured after that point would pay for it.
  sink.total = 0;
  loop(run, payload, WARMUP_CALLS);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    loop(run, payload, TIMED_CALLS);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / TIMED_CALLS);
  }
  return best;
}

/** Prints ns per call and the ratio to tapable for each system and handler count. @public */
export async function benchHooks(): Promise<void> {
  const rows: string[][] = [['handlers', 'system', 'ns/call', 'vs tapable']];
  for (const count of HANDLER_COUNTS) {
    const handlers = makeHandlers(count);
    const results: [string, number][] = [
      ['tapable SyncHook', measure(tapable(handlers))],
      ['wikiext isolate', measure(ours(handlers, 'isolate'))],
      ['wikiext propagate', measure(ours(handlers, 'propagate'))],
      ['wikiext runner isolate', measure(oursRunner(handlers))],
      ['node EventEmitter', measure(eventEmitter(handlers))],
    ];
    const base = results[0][1];
    for (const [system, ns] of results) rows.push([String(count), system, ns.toFixed(1), `${(ns / base).toFixed(2)}x`]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const pad = (cell: string, col: number) => (col < 2 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]));
  const out = rows.map((r) => r.map(pad).join('  '));
  process.stdout.write(`Hook dispatch (lower is better; sink ${sink.total > 0 ? 'ok' : 'empty'})\n${out.join('\n')}\n`);
}

if (require.main === module) {
  benchHooks().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
