/** Where a command writes: stdout for results, stderr for warnings and errors. Tests pass their own. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Shows a value on one line, as JSON. */
export function showValue(value: unknown): string {
  return JSON.stringify(value);
}
