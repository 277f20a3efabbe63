import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { NotifiedCache, RUNTIME, type Runtime } from '@tracker/platform';
import { SerializedJson, strongEtag } from '@tracker/api-conventions';
import { ROLLUPS_CHANGED_CHANNEL } from '../rollups.repository';
import type { PaceView, TotalsView } from './finance.views';

/**
 * How long a cached answer is kept even though no rollup ran: what the rollups do not cover (a plan renamed, an
 * institution renamed, a new plan not rolled up yet) shows within this.
 */
export const TOTALS_CACHE_MAX_AGE_MS = 2000;
const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;

/** An answer with its JSON text (sent as it is: a cached answer is not stringified again) and its ETag. */
export interface TaggedAnswer<View> {
  view: View;
  body: SerializedJson<View>;
  etag: string;
}
export type TaggedTotals = TaggedAnswer<TotalsView>;
export type TaggedPace = TaggedAnswer<PaceView>;

/** Totals serialized once, and tagged from that text. */
export function taggedTotals(view: TotalsView): TaggedTotals {
  const text = JSON.stringify(view);
  return { view, body: new SerializedJson(text), etag: strongEtag('t', text) };
}

/**
 * A pace answer serialized once, and tagged by its figures: the same figures give the same tag on every replica,
 * whether computed now or read from the rollups, and whenever (asOf and source are left out of the tag).
 */
export function taggedPace(view: PaceView): TaggedPace {
  const figures = JSON.stringify({ ...view, asOf: undefined, source: undefined });
  return { view, body: new SerializedJson(JSON.stringify(view)), etag: strongEtag('p', figures) };
}

/**
 * Totals and pace read from the rollups, kept in this process until the next rollup run commits (issue 18: repeated
 * answers without PostgreSQL). Every run notifies `hct_rollups_changed` at commit, in every replica (NotifiedCache
 * says how answers are kept and forgotten). One cache for both, so one listening connection.
 */
@Injectable()
export class RollupTotalsCache extends NotifiedCache<TaggedTotals | TaggedPace> implements OnApplicationShutdown {
  constructor(@Inject(RUNTIME) runtime: Runtime | null) {
    super(runtime?.databaseUrl ?? null, ROLLUPS_CHANGED_CHANNEL, {
      maxEntries: MAX_ENTRIES,
      maxAgeMs: TOTALS_CACHE_MAX_AGE_MS,
      // The text and the view it was made from: roughly three times the text's length. A whole portfolio's totals by
      // institution are ~3 MB of text.
      maxBytes: MAX_BYTES,
      sizeOf: (entry) => entry.body.text.length * 3,
    });
  }

  /** A cache that keeps nothing (the benchmarks' SQL floor runs the service outside Nest). */
  static disabled(): RollupTotalsCache {
    return new RollupTotalsCache(null);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Totals kept under `key`, if any. */
  totals(key: string): TaggedTotals | null {
    return this.get(`totals:${key}`) as TaggedTotals | null;
  }

  /** Tags totals with their ETag and keeps them, if `generation` is still current. */
  keep(key: string, view: TotalsView, generation: number): TaggedTotals {
    const entry = taggedTotals(view);
    this.set(`totals:${key}`, entry, generation);
    return entry;
  }

  /** A pace answer kept under `key`, if any. */
  pace(key: string): TaggedPace | null {
    return this.get(`pace:${key}`) as TaggedPace | null;
  }

  /** Tags a pace answer with its ETag and keeps it, if `generation` is still current. */
  keepPace(key: string, view: PaceView, generation: number): TaggedPace {
    const entry = taggedPace(view);
    this.set(`pace:${key}`, entry, generation);
    return entry;
  }
}
