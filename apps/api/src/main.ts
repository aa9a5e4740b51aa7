import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AuthService } from '@gremium/council';
import { loadConfig, preflight, runMain } from '@gremium/platform';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  for (const warning of await preflight(config)) new Logger('Preflight').warn(warning);
  const app = await createApi(config);
  await app.get(AuthService).bootstrapAdmin(config.admin);
  await app.listen(config.port);
  new Logger('Gremium').log(
    `listening on http://localhost:${config.port} (dashboard /, API /api, docs /api/docs; worker ${config.worker})`,
  );
}

runMain(main);
