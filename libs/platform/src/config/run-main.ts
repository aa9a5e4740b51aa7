import { DependencyError } from '../preflight/preflight';
import { ConfigError } from './app-config';

/** Runs a process entry point: a known start-up problem prints one clear line, anything else its stack. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DependencyError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
}
