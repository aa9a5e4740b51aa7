import { z } from 'zod';
import { parseDuration } from '../time/duration';

const isoDuration = z.string().refine((value) => {
  try {
    return parseDuration(value) > 0;
  } catch {
    return false;
  }
}, 'must be a positive ISO 8601 duration such as PT1M');

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/gremium'),
    REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Gremium <gremium@localhost>'),
    WORKER: z.enum(['embedded', 'off']).default('embedded'),
    TIMER_SWEEP_INTERVAL: isoDuration.default('PT1M'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:{}_-]+$/)
      .default('gremium'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    DASHBOARD_DIR: z.string().default('dist/apps/dashboard'),
    /** Express `trust proxy`: `true`, a hop count, or addresses/subnets of the TLS proxy in front. */
    TRUST_PROXY: z
      .string()
      .regex(/^[\w.:/, -]+$/, 'must be true, false, a hop count or a list of addresses')
      .optional(),
    /** The absolute base URL users reach Gremium at (e-mails, calendar feeds, the OIDC redirect). */
    PUBLIC_URL: z.url().optional(),
    /** Single sign-on: all three or none. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** `viewer`: a verified e-mail without an account gets a viewer account; unset: 403. */
    OIDC_AUTO_CREATE: z.enum(['viewer']).optional(),
    /** A bearer token that may read /api/metrics without a login (for Prometheus). */
    METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    /** seed:demo only: one password for every new demo account instead of random ones. */
    DEMO_PASSWORD: z
      .string()
      .min(12, 'must be at least 12 characters')
      .regex(/^\S+$/, 'must not contain white space')
      .optional(),
  })
  .superRefine((env, ctx) => {
    const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
    if (oidc.some((key) => env[key]) && !oidc.every((key) => env[key])) {
      for (const key of oidc.filter((name) => !env[name])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required when single sign-on is configured',
        });
      }
    }
    if (env.NODE_ENV === 'production') {
      for (const key of ['ADMIN_EMAIL', 'ADMIN_PASSWORD'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
      }
    }
  });

export type Env = z.infer<typeof configSchema>;
