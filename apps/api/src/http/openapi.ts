import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import { ProblemView } from '@tracker/api-conventions';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Health capital project tracker')
    .setDescription(
      'Capital projects of the 14th Five-Year (十四五) health plans: plans, 专栏 programs, institutions, projects, ' +
        'milestones, monthly progress, funding and finance totals. Quantities carry their unit in the field name ' +
        '(landMu 亩, investmentWan 万元, floorAreaM2 m², beds 张). Errors are RFC 9457 problem details.',
    )
    .setVersion('1.0.0')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: `npm run cli -- keys:create`' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemView],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  document.info.license = { name: 'Proprietary', url: 'https://choosealicense.com/no-permission/' };
  // Public operations say so explicitly (an empty requirement), so clients do not send keys where none is needed.
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as { security?: unknown[]; tags?: string[] }[]) {
      if (typeof operation === 'object' && operation && !operation.security) operation.security = [];
    }
  }
  return document;
}

/** `/openapi.json` and Swagger UI at `/docs`, outside the versioned API prefix. */
export function serveOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  const express = app.getHttpAdapter().getInstance() as {
    get(path: string, handler: (req: Request, res: Response) => void): void;
    use(path: string, ...handlers: unknown[]): void;
  };
  express.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  express.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'Health capital tracker API' }));
  return document;
}
