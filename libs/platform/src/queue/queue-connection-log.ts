import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue, type Worker } from 'bullmq';

/**
 * While Redis is away, every BullMQ queue and worker emits an error on each reconnect attempt, and with no listener
 * BullMQ prints each one with its stack trace: hundreds of lines a minute. Listening here turns an outage into one
 * warning per queue or worker when it starts and one line when it is over.
 */
@Injectable()
export class QueueConnectionLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('queue');
  /** What is unreachable, since when it was last warned about. */
  private readonly unreachable = new Map<string, number>();

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    // The queues are the providers this application holds (a module imported but not part of the app registers
    // nothing); workers exist only in the worker process, and their hosts are the @Processor classes.
    const watched = new Set<Queue>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof Queue) {
        if (!watched.has(instance)) this.watch(`queue ${instance.name}`, instance);
        watched.add(instance);
        continue;
      }
      if (!(instance instanceof WorkerHost)) continue;
      try {
        const worker = (instance as WorkerHost<Worker>).worker;
        this.watch(`worker ${worker.name}`, worker);
      } catch {
        // a host whose worker was not created (none in this process)
      }
    }
  }

  private watch(what: string, emitter: Queue | Worker): void {
    (emitter as Queue).on('error', (error: Error) => {
      if (!isConnectionError(error)) {
        // Not an outage (a lost job lock, a failed script): each one is worth a line.
        this.logger.warn({ msg: 'queue error', target: what, error: error.message });
        return;
      }
      const since = this.unreachable.get(what);
      // Once per outage; a backend with no 'ready' event (below) is reminded about once a minute while it lasts.
      if (since !== undefined && Date.now() - since < 60_000) return;
      this.unreachable.set(what, Date.now());
      this.logger.warn({ msg: 'queue backend unreachable; retrying', target: what, error: error.message });
    });
    // The Redis client says when it is back; other queue backends have no such event, and are only warned about.
    const backend = emitter.getBackend() as { client?: Promise<unknown> };
    void Promise.resolve(backend.client)
      .then((client: unknown) => {
        const events = client as { on?: (event: string, listener: () => void) => void };
        events.on?.('ready', () => {
          if (this.unreachable.delete(what)) this.logger.log({ msg: 'queue backend reachable again', target: what });
        });
      })
      .catch(() => undefined);
  }
}

const CONNECTION_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|Connection is closed|connect ETIMEDOUT/i;

function isConnectionError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTION_ERROR.test(code)) || CONNECTION_ERROR.test(error.message);
}
