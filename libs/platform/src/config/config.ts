import { isIP } from 'node:net';
import { resolve } from 'node:path';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface AppConfig {
  /** null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  /** null: run BullMQ on its PostgreSQL backend, in the same database. */
  redisUrl: string | null;
  /** Namespace of the queues' keys, so several deployments (or test runs) can share one Redis. */
  queuePrefix: string;
  host: string;
  port: number;
  dataDir: string;
  embeddedPostgresPort: number;
  databasePoolSize: number;
  /** Fixed hot statements as named prepared statements (see PreparedSql); off behind a pooler that cannot keep them. */
  databasePreparedStatements: boolean;
  logLevel: LogLevel;
  corsOrigins: string[];
  /**
   * The reverse proxies whose `X-Forwarded-For` is believed (Express `trust proxy`: addresses, CIDR ranges or
   * `loopback`, `linklocal`, `uniquelocal`); empty: none, the client is the socket's peer.
   */
  trustProxy: string[];
  planTimeZone: string;
  shutdownTimeoutMs: number;
  /** Requests per minute per API key (or per address without one). */
  rateLimitPerMinute: number;
  webhookAllowPrivateTargets: boolean;
  /** Attempts per webhook delivery before it is dead-lettered, and the first retry delay (doubling, with jitter). */
  webhookMaxAttempts: number;
  /** Reminder rules: days before the planned date, days overdue before escalation, minutes between scans. */
  reminderDueSoonDays: number[];
  reminderEscalateAfterDays: number;
  reminderScanEveryMinutes: number;
  reportReminderDays: number[];
  reportEscalateAfterDays: number;
  /** Work handed to the queue this long ago and still not done is handed over again (the queue may have lost it). */
  redeliverAfterSeconds: number;
  webhookRetryBaseMs: number;
  /** Where the process serves GET /metrics (Prometheus); null: not served. 0: any free port (tests). */
  metricsPort: number | null;
  metricsHost: string;
  /** Retention: days after which handled outbox events, settled webhook deliveries, acknowledged notifications go. */
  retainOutboxDays: number;
  retainDeliveriesDays: number;
  retainNotificationsDays: number;
}

/** A configuration problem; its message is one line that names the variable, printed instead of a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment. Called at boot (never at import time) so tests and the CLI can set the
 * environment first. Every problem is reported, in one line.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | string): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const parsed = parse(raw.trim());
    if (typeof parsed === 'string' && parsed.startsWith('!')) {
      problems.push(`${name} ${parsed.slice(1)} (got "${redact(raw)}")`);
      return fallback;
    }
    return parsed as T;
  };

  const config: AppConfig = {
    databaseUrl: read<string | null>('DATABASE_URL', null, url(['postgres:', 'postgresql:'])),
    redisUrl: read<string | null>('REDIS_URL', null, url(['redis:', 'rediss:'])),
    queuePrefix: read('QUEUE_PREFIX', 'hct', (raw) => (/^[A-Za-z0-9_-]{1,40}$/.test(raw) ? raw : '!must be 1 to 40 letters, digits, - or _')),
    host: read('HOST', '127.0.0.1', (raw) => raw),
    port: read('PORT', 3000, integer(1, 65535)),
    dataDir: read('DATA_DIR', resolve(process.cwd(), '.data'), (raw) => resolve(raw)),
    embeddedPostgresPort: read('EMBEDDED_PG_PORT', 54329, integer(1024, 65535)),
    databasePoolSize: read('DATABASE_POOL_SIZE', 10, integer(1, 200)),
    databasePreparedStatements: read('DATABASE_PREPARED_STATEMENTS', true, boolean),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', oneOf(['error', 'warn', 'info', 'debug'])),
    corsOrigins: read('CORS_ORIGINS', [] as string[], (raw) => raw.split(',').map((s) => s.trim()).filter(Boolean)),
    trustProxy: read('TRUST_PROXY', [] as string[], trustedProxies),
    planTimeZone: read('PLAN_TIME_ZONE', 'Asia/Shanghai', timeZone),
    shutdownTimeoutMs: read('SHUTDOWN_TIMEOUT_MS', 10_000, integer(0, 600_000)),
    rateLimitPerMinute: read('RATE_LIMIT_PER_MINUTE', 1200, integer(1, 10_000_000)),
    webhookAllowPrivateTargets: read('WEBHOOK_ALLOW_PRIVATE_TARGETS', false, boolean),
    reminderDueSoonDays: read('REMINDER_DUE_SOON_DAYS', [30, 7, 1], dayList),
    reminderEscalateAfterDays: read('REMINDER_ESCALATE_AFTER_DAYS', 14, integer(1, 365)),
    reminderScanEveryMinutes: read('REMINDER_SCAN_EVERY_MINUTES', 15, integer(1, 1440)),
    reportReminderDays: read('REPORT_REMINDER_DAYS', [3, 1], dayList),
    reportEscalateAfterDays: read('REPORT_ESCALATE_AFTER_DAYS', 3, integer(1, 365)),
    redeliverAfterSeconds: read('REDELIVER_AFTER_SECONDS', 300, integer(1, 86400)),
    webhookMaxAttempts: read('WEBHOOK_MAX_ATTEMPTS', 8, integer(1, 50)),
    webhookRetryBaseMs: read('WEBHOOK_RETRY_BASE_MS', 2000, integer(10, 3_600_000)),
    metricsPort: read<number | null>('METRICS_PORT', null, integer(0, 65535)),
    metricsHost: read('METRICS_HOST', '127.0.0.1', (raw) => raw),
    retainOutboxDays: read('RETAIN_OUTBOX_DAYS', 30, integer(1, 36_500)),
    retainDeliveriesDays: read('RETAIN_DELIVERIES_DAYS', 90, integer(1, 36_500)),
    retainNotificationsDays: read('RETAIN_NOTIFICATIONS_DAYS', 180, integer(1, 36_500)),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}

const url = (protocols: string[]) => (raw: string) => {
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) return `!must start with ${protocols.map((p) => `${p}//`).join(' or ')}`;
    if (!parsed.hostname) return '!must name a host';
    return raw;
  } catch {
    return `!is not a valid URL`;
  }
};

const integer = (min: number, max: number) => (raw: string) => {
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : `!must be an integer between ${min} and ${max}`;
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | string =>
    (values as readonly string[]).includes(raw) ? (raw as T) : `!must be one of ${values.join(', ')}`;

const dayList = (raw: string): number[] | string => {
  const days = raw.split(',').map((part) => part.trim());
  if (days.length === 0 || days.some((d) => !/^\d{1,3}$/.test(d) || Number(d) < 1)) {
    return '!must be a comma-separated list of day counts such as 30,7,1';
  }
  return [...new Set(days.map(Number))].sort((a, b) => b - a);
};

const boolean = (raw: string): boolean | string => {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  return '!must be true or false';
};

const timeZone = (raw: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
    return raw;
  } catch {
    return '!is not an IANA time zone such as Asia/Shanghai';
  }
};

/** Never echo a password from a connection URL into a log. */
function redact(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}

/** A comma-separated list of IP addresses, CIDR ranges, or Express's names for ranges. */
function trustedProxies(raw: string): string[] | string {
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const bad = entries.find((entry) => {
    if (named.includes(entry)) return false;
    const [address, bits, extra] = entry.split('/');
    if (extra !== undefined || isIP(address) === 0) return true;
    return bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  });
  return bad === undefined ? entries : `!must be IP addresses, CIDR ranges, loopback, linklocal or uniquelocal, comma-separated ("${bad}" is not)`;
}
