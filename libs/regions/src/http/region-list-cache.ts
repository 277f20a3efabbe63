import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Page, SerializedJson } from '@tracker/api-conventions';
import { NotificationListener, RUNTIME, type Runtime } from '@tracker/platform';
import { createHash } from 'node:crypto';
import { REGIONS_CHANGED_CHANNEL } from '../regions.repository';
import type { RegionListQuery } from './region.dto';
import type { RegionView } from './region.views';

/** A page of 500 regions is about 100 kB of JSON: both bounds keep a flood of distinct queries to a few MB. */
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;
/**
 * A safety net, not the way pages go stale: a restore or bulk load run with triggers disabled (or with
 * session_replication_role = replica) notifies nothing, and a page is then at most this old.
 */
const MAX_AGE_MS = 5 * 60_000;

export interface TaggedRegionPage {
  /** The page as sent: a hit costs no serialisation of its rows. */
  body: SerializedJson<Page<RegionView>>;
  etag: string;
}

interface Entry extends TaggedRegionPage {
  generation: number;
  storedAt: number;
}

/**
 * Pages of GET /regions, kept in this process until the regions or their plan counts change (a catalogue sync, a
 * plan created, moved or deleted). Triggers on both tables notify `hct_regions_changed` at commit, in every
 * replica, whoever writes; an answer is served from here only while this process is listening, so it never outlives
 * the rows it came from by more than the notification's way here (or, where a writer switched the triggers off,
 * by more than MAX_AGE_MS). The listener starts on first use.
 */
@Injectable()
export class RegionListCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly listener: NotificationListener | null;
  private started: Promise<void> | null = null;
  private generationCounter = 0;
  private bytes = 0;
  private served = 0;
  private lastPayload: string | null = null;

  constructor(@Inject(RUNTIME) runtime: Runtime | null) {
    this.listener = runtime
      ? new NotificationListener(runtime.databaseUrl, REGIONS_CHANGED_CHANNEL, {
          onNotification: (payload) => {
            this.lastPayload = payload;
            this.invalidate();
          },
          onGap: () => this.invalidate(),
        })
      : null;
  }

  /** A cache that keeps nothing (code run outside Nest). */
  static disabled(): RegionListCache {
    return new RegionListCache(null);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  /**
   * Read before computing a page, and given back to `set`: a page computed across a change is not kept. Bumped by
   * every notification and every gap in listening (when changes may have gone unheard).
   */
  get generation(): number {
    this.started ??= this.listener?.start() ?? Promise.resolve();
    return this.generationCounter;
  }

  get(key: string): TaggedRegionPage | null {
    const entry = this.entries.get(key);
    if (!entry || !this.listener?.listening || entry.generation !== this.generationCounter || Date.now() - entry.storedAt > MAX_AGE_MS) {
      return null;
    }
    this.served++;
    return entry;
  }

  set(key: string, body: SerializedJson<Page<RegionView>>, generation: number): TaggedRegionPage {
    const entry = { body, etag: etagOfPage(body.text), generation, storedAt: Date.now() };
    if (generation === this.generationCounter && this.listener?.listening) {
      const replaced = this.entries.get(key);
      if (replaced) this.bytes -= replaced.body.text.length;
      if (this.entries.size >= MAX_ENTRIES || this.bytes + body.text.length > MAX_BYTES) this.forget();
      this.entries.set(key, entry);
      this.bytes += body.text.length;
    }
    return entry;
  }

  /** Pages served from here since start (tests, and a figure for the benchmarks). */
  get hits(): number {
    return this.served;
  }

  /**
   * The payload of the last notification heard (the triggers send ''): a test that notifies a payload of its own
   * knows, once it is heard, that every change committed before it has been heard too (they arrive in commit order).
   */
  get lastHeard(): string | null {
    return this.lastPayload;
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

/**
 * The cache key of a listing: only the fields the listing reads, each as the repository understands it (an empty
 * `q` or `withPlans=false` filters nothing), so equal listings share an entry and no other input enters the key.
 */
export function regionListKey(query: RegionListQuery): string {
  return JSON.stringify([
    query.level || null,
    query.parentCode || null,
    query.q || null,
    query.withPlans === true,
    query.sort ?? null,
    query.limit ?? null,
    query.cursor || null,
  ]);
}

/** A strong ETag of a page's JSON: the same page gives the same tag on every replica. */
export function etagOfPage(json: string): string {
  return `"r-${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
}
