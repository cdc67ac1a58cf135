import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/host/HostInfo';

/** Writes a settings file into `dir` that loads the bundled CampaignEvents plus `extra` extensions. */
export function writeSettings(dir: string, values: Record<string, unknown>, extra: string[] = []): string {
  const file = path.join(dir, 'LocalSettings.json');
  writeFileSync(file, JSON.stringify({ wfLoadExtensions: [REPO_ROOT, ...extra], ...values }, null, 2));
  return file;
}
