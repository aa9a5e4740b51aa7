import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the real OpenID provider (oidc-provider) in its own Node process and waits until it listens. */
export async function startOidcProvider(
  redirectUri: string,
  accounts: Record<string, ProviderAccount>,
): Promise<TestProvider> {
  const port = await freePort();
  const settings = {
    port,
    clientId: 'gremium',
    clientSecret: 'gremium-test-secret-0123456789',
    redirectUri,
    accounts,
  };
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-server.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the OpenID provider exited (${code}): ${errors}`)));
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
