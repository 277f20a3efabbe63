import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/config/config';

describe('loadConfig', () => {
  it('defaults to the embedded database and the PostgreSQL queue backend when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.planTimeZone).toBe('Asia/Shanghai');
  });

  it('reads valid values', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/tracker',
      REDIS_URL: 'rediss://cache:6380/2',
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/tracker',
      redisUrl: 'rediss://cache:6380/2',
      port: 8080,
      corsOrigins: ['https://a.example', 'https://b.example'],
      webhookAllowPrivateTargets: true,
    });
  });

  it.each([
    ['PORT', 'abc', /PORT must be an integer between 1 and 65535 \(got "abc"\)/],
    ['PORT', '70000', /PORT must be an integer/],
    ['DATABASE_URL', 'mysql://db/x', /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    ['DATABASE_URL', 'not a url', /DATABASE_URL is not a valid URL/],
    ['REDIS_URL', 'http://cache', /REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    ['PLAN_TIME_ZONE', 'Mars/Olympus', /PLAN_TIME_ZONE is not an IANA time zone/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of error, warn, info, debug/],
  ])('rejects %s=%s with one line naming the variable', (name, value, message) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('never echoes a password from a malformed URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).toThrow(/admin:\*\*\*@db/);
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT .*; LOG_LEVEL /);
  });
});
