import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { RetentionService } from '../../libs/operations/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

/** Days ago, as an SQL timestamp. */
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('retention', () => {
  let app: TestApp;

  beforeAll(async () => {
    // The api alone (no relay to mark the test's events handled), on a database of its own; the small batch
    // (3 rows) makes every table take several batches.
    app = await startTestAppOnFreshDatabase('retention', { RETAIN_OUTBOX_DAYS: '30', RETAIN_DELIVERIES_DAYS: '90', RETAIN_NOTIFICATIONS_DAYS: '180' }, [ApiModule]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('deletes exactly the handled events, settled deliveries and acknowledged notifications old enough, and keeps the audit log', async () => {
    const db = app.dataSource;
    const fixture = await createPortfolioFixture(db);
    const projectId = fixture.projects[0].id as string;
    const keyToken = await createKey(db, 'admin');
    const [{ id: keyId }] = await db.query(`SELECT id FROM api_keys ORDER BY created_at DESC LIMIT 1`);
    await db.query(`DELETE FROM outbox_events`);
    const auditBefore = (await db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;
    // Old audit entries stay whatever their age.
    await db.query(`UPDATE audit_log SET occurred_at = $1`, [ago(1000)]);

    // Outbox: handled old ×7 (go), handled at the limit's safe side, unhandled old, unpublished old (stay).
    const event = (label: string, createdDaysAgo: number, published: boolean, handled: boolean) =>
      db.query(
        `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, created_at, published_at, handled_at)
         VALUES ('project.updated', 'project', $1, '{}', $2, CASE WHEN $3 THEN $2::timestamptz END, CASE WHEN $4 THEN $2::timestamptz END)`,
        [label, ago(createdDaysAgo), published, handled],
      );
    for (let i = 0; i < 7; i += 1) await event(`go-${i}`, 31 + i, true, true);
    await event('keep-handled-recent', 29, true, true);
    await event('keep-unhandled-old', 400, true, false);
    await event('keep-unpublished-old', 400, false, false);

    // Webhook deliveries, each with an attempt.
    const [{ id: subscriptionId }] = await db.query(
      `INSERT INTO webhook_subscriptions (url, events, secret) VALUES ('https://example.org/hook', ARRAY['project.updated'], 's') RETURNING id`,
    );
    const delivery = async (label: string, status: string, updatedDaysAgo: number) => {
      const [{ id }] = await db.query(
        `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, status, created_at, updated_at)
         VALUES ($1, gen_random_uuid(), 'project.updated', $2, $3, $4, $4) RETURNING id`,
        [subscriptionId, JSON.stringify({ label }), status, ago(updatedDaysAgo)],
      );
      await db.query(`INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, duration_ms) VALUES ($1, $2, 5)`, [id, ago(updatedDaysAgo)]);
    };
    for (let i = 0; i < 4; i += 1) await delivery(`go-succeeded-${i}`, 'succeeded', 91 + i);
    await delivery('go-dead', 'dead', 200);
    await delivery('keep-succeeded-recent', 'succeeded', 89);
    await delivery('keep-dead-recent', 'dead', 10);
    await delivery('keep-pending-old', 'pending', 200);
    await delivery('keep-failed-old', 'failed', 200);

    // Notifications of a milestone: acknowledged old (go), acknowledged recent, unacknowledged old (stay).
    const [{ id: milestoneId }] = await db.query(
      `INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'approval', '立项', '2022-01-01') RETURNING id`,
      [projectId],
    );
    const notification = async (label: string, createdDaysAgo: number, acknowledged: boolean) => {
      const [{ id }] = await db.query(
        `INSERT INTO notifications (dedup_key, kind, milestone_id, project_id, audience_roles, title, due_date, created_at)
         VALUES ($1, 'overdue', $2, $3, ARRAY['admin'], $1, '2022-01-01', $4) RETURNING id`,
        [label, milestoneId, projectId, ago(createdDaysAgo)],
      );
      if (acknowledged) await db.query(`INSERT INTO notification_acks (notification_id, api_key_id, acked_at) VALUES ($1, $2, $3)`, [id, keyId, ago(createdDaysAgo)]);
    };
    for (let i = 0; i < 5; i += 1) await notification(`go-${i}`, 181 + i, true);
    await notification('keep-acked-recent', 179, true);
    await notification('keep-unacked-old', 500, false);

    const result = await app.app.get(RetentionService).prune(3);
    expect({ outbox: result.outboxEvents, deliveries: result.webhookDeliveries, notifications: result.notifications }).toEqual({
      outbox: 7,
      deliveries: 5,
      notifications: 5,
    });
    expect(result.batches).toBeGreaterThanOrEqual(3 + 2 + 2);

    const labels = async (sql: string) => ((await db.query(sql)) as { label: string }[]).map((r) => r.label).sort();
    expect(await labels(`SELECT aggregate_id AS label FROM outbox_events`)).toEqual(['keep-handled-recent', 'keep-unhandled-old', 'keep-unpublished-old']);
    expect(await labels(`SELECT payload->>'label' AS label FROM webhook_deliveries`)).toEqual([
      'keep-dead-recent',
      'keep-failed-old',
      'keep-pending-old',
      'keep-succeeded-recent',
    ]);
    // The attempts of the deleted deliveries went with them; the others' stay.
    expect((await db.query(`SELECT count(*)::int AS n FROM webhook_delivery_attempts`))[0].n).toBe(4);
    expect(await labels(`SELECT dedup_key AS label FROM notifications`)).toEqual(['keep-acked-recent', 'keep-unacked-old']);
    expect((await db.query(`SELECT count(*)::int AS n FROM notification_acks`))[0].n).toBe(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(auditBefore);

    // A second run finds nothing more.
    const again = await app.app.get(RetentionService).prune(3);
    expect([again.outboxEvents, again.webhookDeliveries, again.notifications]).toEqual([0, 0, 0]);

    // The job an admin may run now.
    const run = await app.http.post('/api/v1/jobs/retention/run').set(bearer(keyToken));
    expect(run.status).toBe(202);
  }, 60_000);
});
