import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_MISSING_MESSAGE = 'Browser tests skipped: install the Debian package chromium (apt-get install chromium)';

/** Debian's Chromium, or the browser `CHROMIUM_PATH` names. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (file): file is string => file !== undefined && file !== '' && existsSync(file),
  );
}

/**
 * For a `before` hook of a browser suite: launches headless Chromium, or skips the suite with one line naming the
 * package to install. Under CI=true a missing browser fails instead of skipping.
 */
export async function launchChromium(context: Mocha.Context): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    if (process.env.CI === 'true') throw new Error(CHROMIUM_MISSING_MESSAGE.replace('skipped', 'cannot run under CI=true'));
    process.stderr.write(`${CHROMIUM_MISSING_MESSAGE}\n`);
    context.skip();
  }
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}
