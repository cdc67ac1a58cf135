/**
 * What loading extensions did: per extension its status (loaded, or failed and why) and the milliseconds it took,
 * plus manifest warnings. Returned by the registry and shown by `wikiext info` and at server start.
 *
 * @public
 */
export interface StartupReport {
  /** Whether the processed result came from the content-hash cache. */
  cached: boolean;
  totalMs: number;
  extensions: ExtensionReport[];
  warnings: string[];
}

/** @public */
export interface ExtensionReport {
  name: string;
  path: string;
  version?: string;
  /** `skipped`: fine itself, but not applied because another extension failed (nothing is half-loaded). */
  status: 'loaded' | 'failed' | 'skipped';
  reason?: string;
  ms: number;
}

const STATUS_LABEL = { loaded: 'loaded', failed: 'FAILED', skipped: 'skipped' } as const;

/** Renders a report as aligned text lines, one per extension, then the warnings. @public */
export function formatStartupReport(report: StartupReport): string[] {
  const lines = report.extensions.map((e) => {
    const head = `${STATUS_LABEL[e.status]}  ${e.name}${e.version ? ` ${e.version}` : ''}`;
    const tail = `${e.ms.toFixed(1)} ms`;
    return e.reason ? `${head.padEnd(40)} ${tail}\n        ${e.reason}` : `${head.padEnd(40)} ${tail}`;
  });
  lines.push(
    `${report.extensions.length} extension(s) in ${report.totalMs.toFixed(1)} ms` +
      (report.cached ? ' (from cache)' : ''),
  );
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines;
}
