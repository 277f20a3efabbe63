import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { REMINDERS_QUEUE, type ReminderScanResult } from '@tracker/notifications';
import type { Job, Worker } from 'bullmq';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/**
 * The reminder scan, measured from the worker that runs it: its duration, the reminders it made (by what they are
 * about), its failures and when it last succeeded. It listens to the reminders queue's BullMQ worker in this
 * process, so the scan itself knows nothing of metrics; a process without that worker reports zeros.
 */
@Injectable()
export class ReminderScanMetrics implements OnApplicationBootstrap {
  private readonly duration: Histogram;
  private readonly created: Counter<'about'>;
  private readonly failures: Counter;
  private readonly lastSuccess: Gauge;

  constructor(
    metrics: MetricsRegistry,
    private readonly discovery: DiscoveryService,
  ) {
    const registers = [metrics.registry];
    this.duration = new Histogram({
      name: 'hct_reminder_scan_duration_seconds',
      help: 'Duration of reminder scans that succeeded',
      buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600],
      registers,
    });
    this.created = new Counter({
      name: 'hct_reminders_created_total',
      help: 'Reminders created by the scan, by what they are about (milestone, round, problem)',
      labelNames: ['about'],
      registers,
    });
    for (const about of ['milestone', 'round', 'problem']) this.created.inc({ about }, 0);
    this.failures = new Counter({ name: 'hct_reminder_scan_failures_total', help: 'Reminder scan attempts that failed', registers });
    this.lastSuccess = new Gauge({
      name: 'hct_reminder_scan_last_success_timestamp_seconds',
      help: 'When a reminder scan of this process last succeeded (Unix time; 0 before the first)',
      registers,
    });
  }

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!(wrapper.instance instanceof WorkerHost)) continue;
      let worker: Worker;
      try {
        worker = (wrapper.instance as WorkerHost<Worker>).worker;
      } catch {
        continue; // a host whose worker was not created in this process
      }
      if (worker?.name !== REMINDERS_QUEUE) continue;
      worker.on('completed', (_job: Job, result: ReminderScanResult) => this.completed(result));
      worker.on('failed', () => this.failures.inc());
    }
  }

  private completed(result: ReminderScanResult | undefined): void {
    if (!result) return;
    this.duration.observe(result.durationMs / 1000);
    this.created.inc({ about: 'milestone' }, result.created);
    this.created.inc({ about: 'round' }, result.roundReminders);
    this.created.inc({ about: 'problem' }, result.problemReminders);
    this.lastSuccess.set(Date.now() / 1000);
  }
}
