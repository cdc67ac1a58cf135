/**
 * Registry load, cold and cached, for this repository's extension plus 50 generated manifests.
 * The cache exists for what starts often: every CLI command and server start is a new process. So each load is
 * measured in a fresh Node process (modules already imported, only `registry.load()` timed):
 * cold = empty cache, so every manifest is read, validated (the schema compiled on first use) and processed;
 * cached = warm content-hash cache, so each manifest is only read and hashed.
 * The same pair is also shown within one warm process, where the schema is already compiled. Goal: cached under
 * 10% of cold.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExtensionRegistry } from '../src/framework/registry/ExtensionRegistry';
import { FileRegistryCache } from '../src/framework/registry/RegistryCache';

const REPO = path.resolve(__dirname, '..', '..');
const host = { name: 'wikiext', version: '1.45.0' };

function generateManifests(root: string, count: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Generated${i}`;
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    const manifest = {
      name,
      version: `1.${i}.0`,
      author: ['Bench'],
      descriptionmsg: `generated${i}-desc`,
      'license-name': 'MIT',
      requires: { MediaWiki: '>= 1.42.0', extensions: i > 0 ? { [`Generated${i - 1}`]: '*' } : {} },
      config: Object.fromEntries(
        Array.from({ length: 10 }, (_, k) => [`${name}Setting${k}`, { value: k % 2 === 0, description: `Setting ${k}` }]),
      ),
      HookHandlers: { main: { class: 'src/Hooks#Hooks', services: ['MainConfig'] } },
      Hooks: { PageView: 'main', UserRegistration: ['main'] },
      AvailableRights: [`generated${i}-right`],
      GroupPermissions: { sysop: { [`generated${i}-right`]: true } },
      MessagesDirs: { [name]: ['i18n'] },
      ServiceWiringFiles: ['src/ServiceWiring'],
      manifest_version: 2,
    };
    const file = path.join(dir, 'extension.json');
    writeFileSync(file, JSON.stringify(manifest, null, '\t'));
    files.push(file);
  }
  return files;
}

function timeLoad(files: string[], cacheDir: string): number {
  const registry = new ExtensionRegistry({ host, cache: new FileRegistryCache(cacheDir) });
  for (const f of files) registry.queue(f);
  const t0 = process.hrtime.bigint();
  registry.load();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Runs one load in a new process and returns the milliseconds it reports. */
function timeLoadInNewProcess(files: string[], cacheDir: string): number {
  const out = execFileSync(process.execPath, [__filename, '--load-once', cacheDir, ...files], { encoding: 'utf8' });
  return Number(out.trim());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Prints cold and cached load times and their ratio. */
export function benchRegistry(runs = 7): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wikiext-bench-'));
  try {
    const files = [path.join(REPO, 'extension.json'), ...generateManifests(root, 50)];
    const measure = (load: (cacheDir: string) => number) => {
      const cold: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < runs; i++) {
        const cacheDir = path.join(root, `cache-${load === inProcess ? 'warm' : 'fresh'}-${i}`);
        cold.push(load(cacheDir));
        cached.push(load(cacheDir));
      }
      return { cold: median(cold), cached: median(cached) };
    };
    const inProcess = (cacheDir: string) => timeLoad(files, cacheDir);
    const fresh = measure((cacheDir) => timeLoadInNewProcess(files, cacheDir));
    inProcess(path.join(root, 'cache-warmup'));
    const warm = measure(inProcess);
    console.log(`Registry load, ${files.length} manifests (median of ${runs})`);
    console.log('                               cold ms   cached ms   cached/cold');
    for (const [label, r] of [['new process (CLI, start-up)', fresh], ['one warm process', warm]] as const) {
      const ratio = ((r.cached / r.cold) * 100).toFixed(1);
      console.log(`  ${label.padEnd(28)} ${r.cold.toFixed(2).padStart(7)}   ${r.cached.toFixed(2).padStart(9)}   ${ratio.padStart(9)}%`);
    }
    console.log('  goal: cached under 10% of cold');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, cacheDir, ...files] = process.argv.slice(2);
  if (flag === '--load-once') process.stdout.write(`${timeLoad(files, cacheDir)}\n`);
  else benchRegistry();
}
