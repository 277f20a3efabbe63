import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Type } from '@nestjs/common';
import helmet from 'helmet';
import { JsonLogger, rootModule, type Runtime } from '@tracker/platform';
import { createValidationPipe, ProblemDetailsFilter } from '@tracker/api-conventions';
import { serveDashboard } from './http/dashboard';
import { serveOpenApi } from './http/openapi';
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
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(requestId);
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
  serveDashboard(app);
  return app;
}
