import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RUNTIME, type Runtime } from '@tracker/platform';
import { MetricsRegistry } from './metrics-registry';

/**
 * `GET /metrics` on a port of its own (METRICS_PORT, on METRICS_HOST: loopback by default), apart from the API:
 * no key to manage for the scraper, nothing of it reachable from outside unless an operator binds it so. Also
 * `GET /live` (200 while the process runs), the worker's liveness probe. Not started when METRICS_PORT is unset.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('metrics');
  private server: Server | null = null;

  constructor(
    private readonly metrics: MetricsRegistry,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** The port it listens on (METRICS_PORT, or the one chosen for 0), or null when not serving. */
  get port(): number | null {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort, metricsHost } = this.runtime.config;
    if (metricsPort === null) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      } else if (path === '/live') {
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
      } else if (path === '/metrics') {
        this.metrics.render().then(
          (text) => response.writeHead(200, { 'Content-Type': this.metrics.contentType, 'Cache-Control': 'no-store' }).end(text),
          (error: unknown) => {
            this.logger.warn({ msg: 'metrics not rendered', error: (error as Error).message });
            response.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics unavailable\n');
          },
        );
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metricsPort, metricsHost, () => resolve());
    });
    this.server = server;
    this.logger.log({ msg: 'metrics listening', url: `http://${metricsHost}:${this.port}/metrics` });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
