// `npm start`: build once if there is no build yet, check PostgreSQL and Redis, migrate, then serve.
// `npm run start:worker` (argument `worker`): a worker apart, with the same checks but no migration.
// Both run with the product's V8 flags (docs/performance.md: memory, the tail at half load).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import heapFlags from './node-heap-flags.json' with { type: 'json' };

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const built = ['dist/apps/api/main.js', 'dist/apps/cli/main.js', 'dist/apps/dashboard/index.html'].every(
  existsSync,
);

try {
  if (!built) run('npm', ['run', 'build']);
  run(process.execPath, ['dist/apps/cli/main.js', 'preflight']);
  if (process.argv[2] === 'worker') {
    run(process.execPath, [...heapFlags, 'dist/apps/worker/main.js']);
  } else {
    run(process.execPath, ['dist/apps/cli/main.js', 'migrate']);
    run(process.execPath, [...heapFlags, 'dist/apps/api/main.js']);
  }
} catch (error) {
  process.exit(error.status ?? 1);
}
