import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { NotificationListener, RUNTIME, type Runtime } from '@tracker/platform';
import { createHash } from 'node:crypto';
import { ROLLUPS_CHANGED_CHANNEL } from '../rollups.repository';
import type { PaceView, TotalsView } from './finance.views';

/**
 * How long a cached answer is kept even though no rollup ran: what the rollups do not cover (a plan renamed, an
 * institution renamed, a new plan not rolled up yet) shows within this.
 */
export const TOTALS_CACHE_MAX_AGE_MS = 2000;
const MAX_ENTRIES = 2000;

interface Entry {
  view: TotalsView;
  etag: string;
  generation: number;
  storedAt: number;
}

/**
 * Totals read from the rollups, kept in this process until the next rollup run commits (issue 18: repeated totals
 * answered without PostgreSQL). Every run notifies `hct_rollups_changed` at commit, in every replica; an answer is
 * served from here only while this process is listening, so it can never outlive the rollups it came from by more
 * than the notification's way here. The listener starts on first use: a process that serves no totals opens no
 * connection for it.
 */
@Injectable()
export class RollupTotalsCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly listener: NotificationListener | null;
  private started: Promise<void> | null = null;
  private generationCounter = 0;
  private served = 0;

  constructor(@Inject(RUNTIME) runtime: Runtime | null) {
    this.listener = runtime
      ? new NotificationListener(runtime.databaseUrl, ROLLUPS_CHANGED_CHANNEL, { onNotification: () => this.invalidate(), onGap: () => this.invalidate() })
      : null;
  }

  /** A cache that keeps nothing (the benchmarks' SQL floor runs the service outside Nest). */
  static disabled(): RollupTotalsCache {
    return new RollupTotalsCache(null);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  /** Read before computing an answer, and given back to `set`: an answer computed across a rollup run is not kept. */
  get generation(): number {
    this.started ??= this.listener?.start() ?? Promise.resolve();
    return this.generationCounter;
  }

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry || !this.listener?.listening || entry.generation !== this.generationCounter || Date.now() - entry.storedAt > TOTALS_CACHE_MAX_AGE_MS) {
      return null;
    }
    this.served++;
    return entry;
  }

  set(key: string, view: TotalsView, generation: number): Entry {
    const entry = { view, etag: etagOf(view), generation, storedAt: Date.now() };
    if (generation === this.generationCounter && this.listener?.listening) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Answers served from here since start (tests, and a figure for the benchmarks). */
  get hits(): number {
    return this.served;
  }

  private invalidate(): void {
    this.generationCounter++;
    this.entries.clear();
  }
}

/** A strong ETag of an answer: the same figures give the same tag on every replica. */
export function etagOf(view: TotalsView | PaceView, kind: 't' | 'p' = 't'): string {
  return `"${kind}-${createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 27)}"`;
}
