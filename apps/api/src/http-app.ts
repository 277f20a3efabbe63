import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Type } from '@nestjs/common';
import express from 'express';
import helmet from 'helmet';
import { JsonLogger, rootModule, type Runtime } from '@tracker/platform';
import { createValidationPipe, ProblemDetailsFilter, rejectUnstorableUrl, verifyJsonBody } from '@tracker/api-conventions';
import { HttpMetrics } from '@tracker/operations';
import { serveDashboard } from './http/dashboard';
import { serveOpenApi } from './http/openapi';
import { optionalProvider } from './http/optional-provider';
import { serveQueueBoard } from './http/queue-board';
import { requestId } from './http/request-id';

export const API_PREFIX = 'api/v1';

/**
 * Builds the HTTP application around the given feature modules (the api alone, or api and worker together).
 * Used by every entry point and by the tests, so they all run the same pipeline.
 */
export async function createHttpApp(runtime: Runtime, features: Type[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule(runtime, features), {
    logger: new JsonLogger(runtime.config.logLevel),
    // On shutdown, idle keep-alive sockets are closed so in-flight requests finish and the process exits.
    forceCloseConnections: true,
    bodyParser: true,
  });
  app.disable('x-powered-by');
  // X-Forwarded-For only from the proxies named in TRUST_PROXY; by default none, so the client is the socket's peer.
  app.set('trust proxy', runtime.config.trustProxy.length > 0 ? runtime.config.trustProxy : false);
  // Bodies are checked on their bytes before parsing: nesting, number of values, NUL (see JsonBodyLimits).
  // (express.json itself, since Nest's useBodyParser does not pass `verify` on; Nest then adds no parser of its own.)
  app.use(express.json({ limit: '1mb', verify: verifyJsonBody }));
  app.use(rejectUnstorableUrl);
  app.use(requestId);
  // Request durations by route, when the features include the api's (a worker-only app has no HttpMetrics).
  const httpMetrics = optionalProvider(app, HttpMetrics);
  if (httpMetrics) app.use(httpMetrics.middleware);
  app.use(
    helmet({
      // Swagger UI needs its own inline styles; everything else keeps helmet's defaults.
      contentSecurityPolicy: {
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.enableCors({
    origin: runtime.config.corsOrigins.length > 0 ? runtime.config.corsOrigins : false,
    exposedHeaders: ['ETag', 'Retry-After', 'X-Request-Id'],
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  serveOpenApi(app);
  serveQueueBoard(app);
  serveDashboard(app);
  return app;
}
