import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { strongEtag, type Page, type SerializedJson } from '@tracker/api-conventions';
import { NotifiedCache, RUNTIME, type Runtime } from '@tracker/platform';
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
export class RegionListCache extends NotifiedCache<TaggedRegionPage> implements OnApplicationShutdown {
  constructor(@Inject(RUNTIME) runtime: Runtime | null) {
    super(runtime?.databaseUrl ?? null, REGIONS_CHANGED_CHANNEL, {
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
    await this.stop();
  }

  /** Tags a page with its ETag and keeps it, if `generation` is still current. */
  keep(key: string, body: SerializedJson<Page<RegionView>>, generation: number): TaggedRegionPage {
    const page = { body, etag: strongEtag('r', body.text) };
    this.set(key, page, generation);
    return page;
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
