import { Logger } from '@nestjs/common';
import pg from 'pg';

const RECONNECT_MS = 1000;
/**
 * How often the listening connection is checked with a query: a connection cut without a word (a failover, a NAT
 * timeout) raises no error until something is sent, and notifications would stop without `listening` turning false.
 */
const PING_MS = 15_000;
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export interface NotificationHandlers {
  /** A notification on the channel, with its payload. */
  onNotification(payload: string): void;
  /**
   * The connection was lost or (re)established: notifications may have been missed in between, so whatever they
   * keep current must be treated as stale.
   */
  onGap(): void;
}

/**
 * A connection of its own LISTENing on one PostgreSQL channel, reconnecting every second while it is lost.
 * Notifications are sent by `pg_notify` in the transaction of a change and arrive when it commits, in every process
 * listening: how replicas hear of a change made by another (a revoked key, new rollups) without polling or Redis.
 */
export class NotificationListener {
  private readonly logger: Logger;
  private client: pg.Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private ping: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly handlers: NotificationHandlers,
  ) {
    if (!CHANNEL.test(channel)) throw new Error(`notification channel ${JSON.stringify(channel)}: use a-z, 0-9 and _`);
    this.logger = new Logger(`listen:${channel}`);
  }

  /** True while notifications reach this process. */
  get listening(): boolean {
    return this.client !== null;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    if (this.ping) clearInterval(this.ping);
    const client = this.client;
    this.client = null;
    client?.removeAllListeners('end');
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: `hct-listen-${this.channel}`,
      keepAlive: true,
      query_timeout: PING_MS,
    });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.onNotification(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`); // a checked identifier: LISTEN takes no parameters
      if (this.stopped) {
        client.removeAllListeners('end');
        await client.end();
        return;
      }
      this.client = client;
      this.handlers.onGap(); // whatever happened before we listened was not heard
      this.ping = setInterval(() => client.query('SELECT 1').catch((error: Error) => this.lost(client, error)), PING_MS);
      this.ping.unref();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.client === client) {
      this.client = null;
      if (this.ping) clearInterval(this.ping);
      this.ping = null;
      this.logger.warn({ msg: 'stopped listening; reconnecting', error: error?.message });
    }
    this.handlers.onGap();
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (!this.stopped && !this.reconnect) {
      this.reconnect = setTimeout(() => {
        this.reconnect = null;
        void this.connect();
      }, RECONNECT_MS);
    }
  }
}
