// `npm start`: build once if there is no build yet, check PostgreSQL and Redis, migrate, then serve.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const built = ['dist/apps/api/main.js', 'dist/apps/cli/main.js', 'dist/apps/dashboard/index.html'].every(
  existsSync,
);

try {
  if (!built) run('npm', ['run', 'build']);
  run(process.execPath, ['dist/apps/cli/main.js', 'preflight']);
  run(process.execPath, ['dist/apps/cli/main.js', 'migrate']);
  run(process.execPath, ['dist/apps/api/main.js']);
} catch (error) {
  process.exit(error.status ?? 1);
}
