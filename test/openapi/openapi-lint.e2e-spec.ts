import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestApp, type TestApp } from '../support/test-app';

interface Operation {
  summary?: string;
  operationId?: string;
  security?: unknown[];
  responses: Record<string, unknown>;
  parameters?: { name: string; in: string }[];
}

describe('/openapi.json', () => {
  let app: TestApp;
  let document: { openapi: string; paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };
  beforeAll(async () => {
    app = await startTestApp();
    document = (await app.http.get('/openapi.json').expect(200)).body;
  });
  afterAll(() => app.close());

  it('passes the Redocly linter’s recommended rules without errors or warnings', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    const summary = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(summary).toEqual([]);
  });

  it('documents every operation: summary, id, security, success and error responses', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(15);
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({ where, summary: Boolean(operation.summary) }).toEqual({ where, summary: true });
      expect({ where, operationId: Boolean(operation.operationId) }).toEqual({ where, operationId: true });
      const statuses = Object.keys(operation.responses);
      expect({ where, success: statuses.some((s) => /^2/.test(s)) }).toEqual({ where, success: true });
      // The health probes are public (orchestrators call them without a key), and say so with `security: []`.
      const publicProbe = ['/api/v1/health', '/api/v1/health/live', '/api/v1/health/ready'].includes(path);
      if (publicProbe && path !== '/api/v1/health') expect({ where, secured: operation.security }).toEqual({ where, secured: [] });
      if (!publicProbe) {
        expect({ where, secured: operation.security }).toEqual({ where, secured: [{ apiKey: [] }] });
        expect({ where, has401: statuses.includes('401') }).toEqual({ where, has401: true });
      }
    }
  });

  it('documents If-Match on every PATCH and DELETE, and the sort whitelist of lists', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of ['patch', 'delete']) {
        const operation = methods[method];
        if (!operation) continue;
        expect({ path, method, ifMatch: operation.parameters?.some((p) => p.name === 'If-Match' && p.in === 'header') }).toEqual({
          path,
          method,
          ifMatch: true,
        });
      }
    }
    expect(document.paths['/api/v1/projects'].get.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Accept-Language', 'limit', 'cursor', 'sort', 'planId', 'programId', 'institutionId', 'regionCode', 'status', 'buildType', 'q']),
    );
  });

  it('declares the bearer scheme and the problem details schema', () => {
    expect(document.components).toMatchObject({
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } },
      schemas: { ProblemView: expect.any(Object) },
    });
    // Schemas are keyed by class name: another class named ProblemView would silently replace the error body's.
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas.ProblemView.properties ?? {})).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail']));
  });

  it('describes the problems (存在问题) list with its own schema, not the error body', () => {
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, { items?: { $ref?: string } }> }>;
    expect(schemas.ProblemPage.properties?.items.items?.$ref).toBe('#/components/schemas/ProjectProblemView');
    expect(Object.keys(schemas.ProjectProblemView.properties ?? {})).toEqual(expect.arrayContaining(['category', 'description', 'overdue']));
  });
});
