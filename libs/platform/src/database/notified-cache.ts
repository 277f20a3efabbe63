import { NotificationListener } from './notification-listener';

export interface NotifiedCacheLimits<T> {
  /** Entries kept at most; past it (or past maxBytes) the cache starts again empty. */
  maxEntries: number;
  /** How long an entry is kept though no notification came: the bound for what no notification covers. */
  maxAgeMs: number;
  /** With sizeOf, the bytes of all entries kept at most. */
  maxBytes?: number;
  sizeOf?: (value: T) => number;
}

interface Entry<T> {
  value: T;
  generation: number;
  storedAt: number;
  bytes: number;
}

/**
 * Answers kept in this process until PostgreSQL says their rows changed: a trigger or a job calls `pg_notify` on
 * `channel` at commit, in every replica, and any notification (or any gap in listening, when one may have gone
 * unheard) forgets them all. An entry is served only while this process is listening, so it never outlives its
 * rows by more than the notification's way here (or `maxAgeMs`, for writers that notify nothing), and an answer
 * computed across a notification is not kept. The listener starts on first use: a process that asks nothing opens
 * no connection. Without a database URL (code run outside Nest) it keeps nothing.
 */
export class NotifiedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly listener: NotificationListener | null;
  private started: Promise<void> | null = null;
  private generationCounter = 0;
  private bytes = 0;
  private served = 0;
  private lastPayload: string | null = null;

  constructor(
    databaseUrl: string | null,
    channel: string,
    private readonly limits: NotifiedCacheLimits<T>,
  ) {
    this.listener = databaseUrl
      ? new NotificationListener(databaseUrl, channel, {
          onNotification: (payload) => {
            this.lastPayload = payload;
            this.invalidate();
          },
          onGap: () => this.invalidate(),
        })
      : null;
  }

  /** Read before computing an answer, and given back to `set`: an answer computed across a change is not kept. */
  get generation(): number {
    this.started ??= this.listener?.start() ?? Promise.resolve();
    return this.generationCounter;
  }

  get(key: string): T | null {
    const entry = this.entries.get(key);
    if (!entry || !this.listener?.listening || entry.generation !== this.generationCounter || Date.now() - entry.storedAt > this.limits.maxAgeMs) {
      return null;
    }
    this.served++;
    return entry.value;
  }

  set(key: string, value: T, generation: number): void {
    if (generation !== this.generationCounter || !this.listener?.listening) return;
    const bytes = this.limits.sizeOf?.(value) ?? 0;
    const replaced = this.entries.get(key);
    if (replaced) this.bytes -= replaced.bytes;
    if (this.entries.size >= this.limits.maxEntries || this.bytes + bytes > (this.limits.maxBytes ?? Infinity)) this.forget();
    this.entries.set(key, { value, generation, storedAt: Date.now(), bytes });
    this.bytes += bytes;
  }

  /** Answers served from here since start (tests, and a figure for the benchmarks). */
  get hits(): number {
    return this.served;
  }

  /**
   * The payload of the last notification heard: a test that notifies a payload of its own knows, once it is heard,
   * that every change committed before it has been heard too (notifications arrive in commit order).
   */
  get lastHeard(): string | null {
    return this.lastPayload;
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }

  private invalidate(): void {
    this.generationCounter++;
    this.forget();
  }

  private forget(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
