import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * No Docker engine runs on the build machines, so docker-compose.yml and the Dockerfile are checked statically:
 * every command names an entry point the build produces, every dependency waits on a real healthcheck.
 */
interface ComposeService {
  build?: string;
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

describe('docker-compose.yml', () => {
  it('has postgres, redis, api and worker', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'api', 'worker']));
  });

  it('runs only entry points that the build produces', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (!service.build) continue;
      const entry = service.command?.find((part) => part.startsWith('dist/'));
      expect({ name, exists: entry !== undefined && existsSync(entry) }).toEqual({ name, exists: true });
    }
  });

  it('gives the built services the configuration they need, and waits on healthchecks that exist', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.build) {
        expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
        if (name !== 'migrate') expect(service.environment?.REDIS_URL).toBe('redis://redis:6379');
      }
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(compose.services[dependency]).toBeDefined();
        if (condition === 'service_healthy') expect(compose.services[dependency].healthcheck?.test.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('Dockerfile', () => {
  it('copies only paths that exist and starts a built entry point', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(/\s+/));
    for (const source of sources) expect({ source, exists: existsSync(source) }).toEqual({ source, exists: true });
    const cmd = /^CMD \["node", "([^"]+)"\]/m.exec(dockerfile)?.[1];
    expect(cmd && existsSync(cmd)).toBe(true);
  });
});
