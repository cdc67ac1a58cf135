/** `npm run bench`: every benchmark, each measured against its baselines in the same run. Never gates CI. */
import 'reflect-metadata';
import { benchHooks } from './hooks';
import { benchRegistry } from './registry';

async function main(): Promise<void> {
  await benchHooks();
  console.log('');
  benchRegistry();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
