import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's metrics: one registry per application (not prom-client's global one), so several apps in one
 * process (the tests, the standalone app) never register a metric twice. Holds the default process metrics
 * (CPU, memory, event loop lag, GC, handles) beside the tracker's own.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The Prometheus text exposition of every metric; gauges read the database now. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
