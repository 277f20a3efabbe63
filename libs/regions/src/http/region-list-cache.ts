import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Page, SerializedJson } from '@tracker/api-conventions';
import { NotifiedCache, RUNTIME, type Runtime } from '@tracker/platform';
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

/**
 * Pages of GET /regions, kept in this process until the regions or their plan counts change (a catalogue sync, a
 * plan created, moved or deleted): triggers on both tables notify `hct_regions_changed` at commit, in every replica,
 * whoever writes (NotifiedCache says how pages are kept and forgotten). MAX_AGE_MS only bounds what a writer with
 * the triggers switched off leaves behind.
 */
@Injectable()
export class RegionListCache implements OnApplicationShutdown {
  private readonly cache: NotifiedCache<TaggedRegionPage>;

  constructor(@Inject(RUNTIME) runtime: Runtime | null) {
    this.cache = new NotifiedCache(runtime?.databaseUrl ?? null, REGIONS_CHANGED_CHANNEL, {
      maxEntries: MAX_ENTRIES,
      maxAgeMs: MAX_AGE_MS,
      maxBytes: MAX_BYTES,
      sizeOf: (page) => page.body.text.length,
    });
  }

  /** A cache that keeps nothing (code run outside Nest). */
  static disabled(): RegionListCache {
    return new RegionListCache(null);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache.stop();
  }

  /** Read before computing a page, and given back to `set`: a page computed across a change is not kept. */
  get generation(): number {
    return this.cache.generation;
  }

  get(key: string): TaggedRegionPage | null {
    return this.cache.get(key);
  }

  set(key: string, body: SerializedJson<Page<RegionView>>, generation: number): TaggedRegionPage {
    const page = { body, etag: etagOfPage(body.text) };
    this.cache.set(key, page, generation);
    return page;
  }

  /** Pages served from here since start (tests, and a figure for the benchmarks). */
  get hits(): number {
    return this.cache.hits;
  }

  /** The payload of the last notification heard (the triggers send ''): see NotifiedCache.lastHeard. */
  get lastHeard(): string | null {
    return this.cache.lastHeard;
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
