import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig, preflight, runMain } from '@gremium/platform';
import { createWorker } from './worker-app';

async function main(): Promise<void> {
  const config = loadConfig();
  for (const warning of await preflight(config)) new Logger('Preflight').warn(warning);
  await createWorker(config);
  new Logger('Worker').log('processing commands, timers and mail');
}

runMain(main);
