import type { Logger } from '../../framework/Logger';
import type { CliOutput } from './output';

/** A logger for one-shot commands: warnings and errors as plain lines on stderr, nothing else. */
export function cliLogger(output: CliOutput): Logger {
  return {
    debug() {},
    info() {},
    warn: (_obj, msg) => output.err(`warning: ${msg}`),
    error: (_obj, msg) => output.err(`error: ${msg}`),
  };
}
