/**
 * The logging surface the kernel needs. It is the subset of pino's API the kernel calls, so a pino logger
 * satisfies it as is; tests pass a recording logger.
 *
 * @public
 */
export interface Logger {
  debug(obj: Record<string, unknown>, msg: string): void;
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

/** A logger that drops everything; the default where a caller gives none. @public */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
