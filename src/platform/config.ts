import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration from flags and environment (flags win). Everything has a default that works for a
 * newcomer on localhost; production sets DATABASE_URL, WERKPLEIN_PUBLIC_URL and friends.
 */
export const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  /** Folder of the embedded database (PGlite) and its lock file. */
  dataDir: z.string().default(path.resolve('.werkplein/data')),
  /** Application connection to a PostgreSQL server (as the non-superuser werkplein_app role). */
  databaseUrl: z.string().optional(),
  /** Connection used for migrations (a role that owns the schema); defaults to databaseUrl. */
  databaseAdminUrl: z.string().optional(),
  /** Public base URL, used for OIDC redirect URIs and to decide on Secure cookies. */
  publicUrl: z.string().optional(),
  /**
   * Number of reverse proxies in front that set X-Forwarded-For (0 = none). Only those hops are trusted,
   * so a client cannot fake its address by writing its own X-Forwarded-For entries.
   */
  trustProxyHops: z.coerce.number().int().min(0).max(5).default(0),
  /** Load the demo on first start when the database is empty. */
  demo: z.boolean().default(true),
  sessionIdleMinutes: z.coerce.number().int().positive().default(30),
  sessionAbsoluteHours: z.coerce.number().int().positive().default(10),
  /** Failed logins per account within the window before HTTP 429. */
  loginMaxFailuresPerAccount: z.coerce.number().int().positive().default(5),
  loginFailureWindowMinutes: z.coerce.number().int().positive().default(15),
  /** Login requests per IP per minute. */
  loginMaxPerIpPerMinute: z.coerce.number().int().positive().default(30),
  /** JSON array of OpenID Connect providers (see README). */
  oidcProviders: z.string().optional(),
  /** SMTP server for e-mail notifications; without a host (and a sender) mail is off. */
  smtpHost: z.string().min(1).optional(),
  /** Default 587 (starttls), 465 (tls) or 25 (none). */
  smtpPort: z.coerce.number().int().min(1).max(65535).optional(),
  /** starttls: plain connection upgraded with STARTTLS, required; tls: TLS from the start; none: no TLS (a local relay only). */
  smtpTls: z.enum(['starttls', 'tls', 'none']).default('starttls'),
  smtpUser: z.string().min(1).optional(),
  smtpPassword: z.string().min(1).optional(),
  /** Sender, e.g. "Werkplein <noreply@gemeente.nl>". */
  smtpFrom: z.string().min(3).optional(),
  /** Run a job worker in this process (WERKPLEIN_JOBS=false for a process that only serves requests). */
  jobWorker: z.boolean().default(true),
  /** Pause of the job worker between polls when nothing was due. */
  jobPollMs: z.coerce.number().int().min(50).max(60_000).default(1000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

export function configFromEnv(env: NodeJS.ProcessEnv, overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  const fromEnv: Record<string, unknown> = {
    port: env.PORT ?? env.WERKPLEIN_PORT,
    host: env.WERKPLEIN_HOST,
    dataDir: env.WERKPLEIN_DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAdminUrl: env.DATABASE_ADMIN_URL || undefined,
    publicUrl: env.WERKPLEIN_PUBLIC_URL,
    trustProxyHops: env.WERKPLEIN_TRUST_PROXY_HOPS,
    demo: env.WERKPLEIN_DEMO === undefined ? undefined : env.WERKPLEIN_DEMO !== 'false',
    oidcProviders: env.WERKPLEIN_OIDC_PROVIDERS,
    smtpHost: env.WERKPLEIN_SMTP_HOST || undefined,
    smtpPort: env.WERKPLEIN_SMTP_PORT || undefined,
    smtpTls: env.WERKPLEIN_SMTP_TLS || undefined,
    smtpUser: env.WERKPLEIN_SMTP_USER || undefined,
    smtpPassword: env.WERKPLEIN_SMTP_PASSWORD || undefined,
    smtpFrom: env.WERKPLEIN_SMTP_FROM || undefined,
    jobWorker: env.WERKPLEIN_JOBS === undefined ? undefined : env.WERKPLEIN_JOBS !== 'false',
    jobPollMs: env.WERKPLEIN_JOB_POLL_MS,
    logLevel: env.WERKPLEIN_LOG_LEVEL,
  };
  const merged = { ...fromEnv, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return ConfigSchema.parse(merged);
}
