import type { FastifyBaseLogger } from 'fastify';
import type { Logger } from '../../framework/Logger';

/**
 * The kernel's {@link Logger} as fastify's logger. A pino logger (what the CLI passes) already is one and is used as
 * is, keeping pino's per-request child loggers; any other Logger (tests' recording loggers) is adapted, with
 * `fatal` and `trace` mapped to `error` and `debug`.
 */
export function toFastifyLogger(logger: Logger): FastifyBaseLogger {
  if (isPinoLike(logger)) return logger;
  const log =
    (write: (obj: Record<string, unknown>, msg: string) => void) =>
    (objOrMsg: unknown, msg?: string): void => {
      if (typeof objOrMsg === 'string') write({}, objOrMsg);
      else write((objOrMsg ?? {}) as Record<string, unknown>, msg ?? '');
    };
  const adapted: FastifyBaseLogger = {
    level: 'info',
    fatal: log((o, m) => logger.error(o, m)),
    error: log((o, m) => logger.error(o, m)),
    warn: log((o, m) => logger.warn(o, m)),
    info: log((o, m) => logger.info(o, m)),
    debug: log((o, m) => logger.debug(o, m)),
    trace: log((o, m) => logger.debug(o, m)),
    silent: () => undefined,
    child: () => adapted,
  };
  return adapted;
}

function isPinoLike(logger: Logger): logger is Logger & FastifyBaseLogger {
  const candidate = logger as Partial<FastifyBaseLogger>;
  return typeof candidate.child === 'function' && typeof candidate.fatal === 'function' && typeof candidate.trace === 'function';
}
