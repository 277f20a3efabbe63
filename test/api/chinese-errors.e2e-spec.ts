import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'class-validator';
import { TRANSLATED_CONSTRAINTS } from '../../libs/api-conventions/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

/**
 * Issue 16: the API answers a problem in Chinese when the request prefers zh (the dashboard always does), in
 * English otherwise, with the same status, type and fields.
 */
describe('problems in Chinese and English', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app.close());

  interface Case {
    name: string;
    send: (language?: string) => Promise<{ status: number; body: Record<string, unknown> }>;
    field?: string;
    en: string;
    zh: string;
  }
  const progress = (body: Record<string, unknown>, period = '2024-05') => (language?: string) => {
    const request = app.http.put(`/api/v1/projects/${fixture.projects[0].id}/progress/${period}`).set(admin);
    return (language ? request.set('Accept-Language', language) : request).send(body);
  };
  const post = (path: () => string, body: Record<string, unknown> | (() => Record<string, unknown>)) => (language?: string) => {
    const request = app.http.post(path()).set(admin);
    return (language ? request.set('Accept-Language', language) : request).send(typeof body === 'function' ? body() : body);
  };
  const get = (path: () => string) => (language?: string) => {
    const request = app.http.get(path()).set(admin);
    return language ? request.set('Accept-Language', language) : request;
  };
  const month = { completedInvestmentWan: 10, disbursedWan: 5 };

  const cases: Case[] = [
    {
      name: 'a negative amount',
      send: progress({ ...month, completedInvestmentWan: -1 }),
      field: 'completedInvestmentWan',
      en: 'completedInvestmentWan must not be less than 0',
      zh: '本月完成投资（万元）不能小于 0',
    },
    {
      name: 'text in a number field: the type, not the bounds',
      send: progress({ ...month, completedInvestmentWan: '1,200' }),
      field: 'completedInvestmentWan',
      en: 'completedInvestmentWan must be a number with at most 2 decimals',
      zh: '本月完成投资（万元）必须是数字，最多 2 位小数',
    },
    {
      name: 'a percentage above 100',
      send: progress({ ...month, physicalProgressPct: 150 }),
      field: 'physicalProgressPct',
      en: 'physicalProgressPct must not be greater than 100',
      zh: '形象进度（%）不能大于 100',
    },
    {
      name: 'a note too long',
      send: progress({ ...month, note: '长'.repeat(2001) }),
      field: 'note',
      en: 'note must be shorter than or equal to 2000 characters',
      zh: '备注不能超过 2000 个字符',
    },
    // Named as sent, not by the label `name` has elsewhere: it is no field of this endpoint.
    { name: 'an unknown field', send: progress({ ...month, name: '某项目' }), field: 'name', en: 'is not allowed', zh: '不接受的字段“name”' },
    {
      name: 'a month that does not exist',
      send: progress(month, '2024-13'),
      field: 'period',
      en: 'period must be a month YYYY-MM between 2000-01 and 2100-12',
      zh: '月份必须是 2000-01 至 2100-12 之间的 YYYY-MM',
    },
    {
      name: 'an impossible date',
      send: post(() => `/api/v1/projects/${fixture.projects[0].id}/milestones`, { kind: 'groundbreaking', name: '开工', plannedDate: '2026-02-30' }),
      field: 'plannedDate',
      en: 'plannedDate must be a calendar date YYYY-MM-DD between 2000-01-01 and 2100-12-31',
      zh: '计划日期必须是 2000-01-01 至 2100-12-31 之间实际存在的日期（YYYY-MM-DD）',
    },
    {
      name: 'a value outside a list',
      send: post(() => `/api/v1/projects/${fixture.projects[0].id}/milestones`, { kind: 'party', name: '庆典', plannedDate: '2026-02-20' }),
      field: 'kind',
      en: 'kind must be one of the following values: ',
      zh: '类型必须是以下值之一：approval',
    },
    {
      name: 'a blank name and a malformed division code',
      send: post(() => '/api/v1/institutions', { name: '   ', regionCode: '12' }),
      field: 'regionCode',
      en: 'regionCode must be a 6-digit division code',
      zh: '行政区划代码必须是 6 位数字',
    },
    { name: 'a query bound', send: get(() => '/api/v1/projects?limit=0'), field: 'limit', en: 'limit must not be less than 1', zh: '每页条数不能小于 1' },
    {
      name: 'a rule of the service',
      send: post(
        () => '/api/v1/plans',
        () => ({ regionCode: fixture.regionCode, title: '倒序', startYear: 2025, endYear: 2021 }),
      ),
      field: 'endYear',
      en: 'endYear must not be before startYear',
      zh: '结束年份不能早于开始年份',
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const english = await c.send();
    const chinese = await c.send('zh-CN');
    expect(english.status).toBe(400);
    expect(chinese.status).toBe(400);
    expect(chinese.body.type).toBe(english.body.type);
    expect(english.body).toMatchObject({ title: 'Bad Request', detail: 'The request has invalid fields.' });
    expect(chinese.body).toMatchObject({ title: '请求无效', detail: '请求中有无效字段。' });
    const en = english.body.errors as { field: string; message: string }[];
    const zh = chinese.body.errors as { field: string; message: string }[];
    // The same fields in the same order, each said in its language.
    expect(zh.map((e) => e.field)).toEqual(en.map((e) => e.field));
    const i = en.findIndex((e) => e.field === c.field);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(en[i].message.startsWith(c.en)).toBe(true);
    expect(zh[i].message.startsWith(c.zh)).toBe(true);
    expect(zh.map((e) => e.message).join()).not.toMatch(/must|should|is not allowed/);
  });

  it('says only that a number field wants a number, not that text breaks its bounds', async () => {
    const chinese = await progress({ ...month, completedInvestmentWan: 'abc' })('zh');
    expect(chinese.body.errors).toEqual([{ field: 'completedInvestmentWan', message: '本月完成投资（万元）必须是数字，最多 2 位小数' }]);
  });

  it('follows the q-values of Accept-Language', async () => {
    const send = progress({ ...month, completedInvestmentWan: -1 });
    expect((await send('en;q=0.9, zh-CN;q=0.8')).body.detail).toBe('The request has invalid fields.');
    expect((await send('en;q=0.5, zh;q=0.9')).body.detail).toBe('请求中有无效字段。');
    expect((await send('zh-Hans-CN')).body.detail).toBe('请求中有无效字段。');
    expect((await send('fr')).body.detail).toBe('The request has invalid fields.');
  });

  it('says not found, forbidden, unauthorised, stale and unknown routes in Chinese too', async () => {
    const viewer = bearer(await createKey(app.dataSource, 'viewer'));
    const id = randomUUID();
    const pairs: [number, (language?: string) => Promise<{ status: number; body: Record<string, unknown> }>, string, string][] = [
      [404, get(() => `/api/v1/projects/${id}`), `No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`],
      [404, get(() => '/api/v1/no-such-thing'), 'Cannot GET /api/v1/no-such-thing', '没有这个地址或资源。'],
      [
        403,
        (language) => {
          const request = app.http.post('/api/v1/institutions').set(viewer);
          return (language ? request.set('Accept-Language', language) : request).send({ name: '某医院', regionCode: fixture.regionCode });
        },
        'The viewer role may not do this.',
        'viewer 角色不能进行此操作。',
      ],
      [
        401,
        (language) => {
          const request = app.http.get('/api/v1/projects');
          return language ? request.set('Accept-Language', language) : request;
        },
        'Send an API key: "Authorization: Bearer <key>".',
        '请提供 API 密钥：“Authorization: Bearer <密钥>”。',
      ],
      [
        428,
        (language) => {
          const request = app.http.patch(`/api/v1/projects/${fixture.projects[0].id}`).set(admin);
          return (language ? request.set('Accept-Language', language) : request).send({ name: '新名' });
        },
        'Send If-Match with the ETag of the version you read, so concurrent edits cannot overwrite each other.',
        '请带上读取时版本的 ETag 作为 If-Match，以免同时编辑互相覆盖。',
      ],
      [
        412,
        (language) => {
          const request = app.http.patch(`/api/v1/projects/${fixture.projects[0].id}`).set(admin).set('If-Match', '"99"');
          return (language ? request.set('Accept-Language', language) : request).send({ name: '新名' });
        },
        'The resource has changed since you read it (current version 1); read it again and reapply your change.',
        '记录在你读取后已被修改（当前版本 1）；请重新读取后再修改。',
      ],
    ];
    for (const [status, send, en, zh] of pairs) {
      const english = await send();
      const chinese = await send('zh-CN,zh;q=0.9,en;q=0.8');
      expect([english.status, chinese.status]).toEqual([status, status]);
      expect(english.body.detail).toBe(en);
      expect(chinese.body.detail).toBe(zh);
      expect(chinese.body.type).toBe(english.body.type);
      expect(chinese.body.title).not.toBe(english.body.title);
    }
  });

  it('has Chinese for every constraint any input of the API declares', () => {
    // Every DTO is loaded once the app is: class-validator's registry then holds each of their constraints.
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, { type: string; name?: string; constraintCls: new () => unknown }[]>;
      getTargetValidatorConstraints(cls: unknown): { name: string }[];
    };
    const used = new Set<string>();
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) {
        if (metadata.type === 'customValidation') {
          for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) used.add(constraint.name);
        } else if (metadata.type !== 'conditionalValidation') {
          used.add(metadata.type);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !TRANSLATED_CONSTRAINTS.has(name)).sort()).toEqual([]);
  });
});
