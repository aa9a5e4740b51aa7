import { configSchema, type Env } from './config.schema';
import { parseDuration } from '../time/duration';

export interface AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly port: number;
  readonly admin: { email: string; password: string } | null;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly worker: Env['WORKER'];
  readonly workerConcurrency: number;
  readonly timerSweepIntervalMs: number;
  readonly queuePrefix: string;
  readonly dashboardDir: string;
  readonly demoPassword: string | null;
  /** Express `trust proxy` (false: the socket's address and protocol count). */
  readonly trustProxy: boolean | number | string;
  readonly metricsToken: string | null;
  /** Without a trailing slash; defaults to http://localhost:PORT. */
  readonly publicUrl: string;
  readonly oidc: OidcConfig | null;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly autoCreate: 'viewer' | null;
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value names the variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    port: env.PORT,
    admin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    worker: env.WORKER,
    workerConcurrency: env.WORKER_CONCURRENCY,
    timerSweepIntervalMs: parseDuration(env.TIMER_SWEEP_INTERVAL),
    queuePrefix: env.QUEUE_PREFIX,
    dashboardDir: env.DASHBOARD_DIR,
    demoPassword: env.DEMO_PASSWORD ?? null,
    trustProxy: trustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN ?? null,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            autoCreate: env.OIDC_AUTO_CREATE ?? null,
          }
        : null,
  };
}
