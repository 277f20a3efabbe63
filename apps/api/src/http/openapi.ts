import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import { ProblemView } from '@tracker/api-conventions';
import { eventPayloadModels, eventWebhooks, fillEventNameEnums } from '@tracker/events';

/** Every operation's problems follow it (api-conventions' ProblemDetailsFilter). */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English',
  schema: { type: 'string', example: 'zh-CN' },
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Health capital project tracker')
    .setDescription(
      'Capital projects of the 14th Five-Year (十四五) health plans: plans, 专栏 programs, institutions, projects, ' +
        'milestones, monthly progress, funding and finance totals. Quantities carry their unit in the field name ' +
        '(landMu 亩, investmentWan 万元, floorAreaM2 m², beds 张). Errors are RFC 9457 problem details, in Chinese ' +
        'when `Accept-Language` prefers zh (zh, zh-CN …, q-values respected) and in English otherwise, with the same ' +
        '`type`, `status` and `errors[].field`.',
    )
    .setVersion('1.0.0')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'hct_<prefix>_<secret> (an API key, not a JWT)', description: 'An API key: `npm run cli -- keys:create`' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemView, ...eventPayloadModels()],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  document.info.license = { name: 'Proprietary', url: 'https://choosealicense.com/no-permission/' };
  // What subscribers receive, event by event (OpenAPI 3.0 has no webhooks object; x-webhooks is how tools read them).
  (document as OpenAPIObject & { 'x-webhooks': unknown })['x-webhooks'] = eventWebhooks();
  fillEventNameEnums(document);
  // Public operations say so explicitly (an empty requirement), so clients do not send keys where none is needed.
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const operation of Object.values(methods) as { security?: unknown[]; tags?: string[]; parameters?: unknown[] }[]) {
      if (typeof operation !== 'object' || !operation) continue;
      if (!operation.security) operation.security = [];
      if (path.startsWith('/api/')) operation.parameters = [...(operation.parameters ?? []), ACCEPT_LANGUAGE];
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
