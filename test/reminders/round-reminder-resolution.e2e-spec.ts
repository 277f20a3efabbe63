import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A round reminder (to an institution that owes reports) is resolved when the institution owes nothing more, and
 * current again when it owes again, whichever way its reports change: submitted, deleted with their project, added,
 * or moved to another institution (database triggers, so every writer resolves alike).
 */
describe('round reminders follow what an institution owes', () => {
  let app: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  beforeAll(async () => {
    app = await startTestApp();
    fixture = await createPortfolioFixture(app.dataSource);
  });
  afterAll(() => app.close());

  it('resolves on the last report submitted, deleted or moved away, and comes back when a report is owed again', async () => {
    const db = app.dataSource;
    const [first, second, third] = fixture.projects as { id: string }[];
    const hospital = fixture.hospital.id as string;
    const [round] = await db.query(
      `INSERT INTO reporting_rounds (period, due_date, closes_on, plan_id, time_zone) VALUES ('2031-05-01', '2031-05-10', '2031-05-20', $1, 'Asia/Shanghai') RETURNING id`,
      [fixture.plan.id],
    );
    await db.query(
      `INSERT INTO round_reports (round_id, project_id, period, institution_id) VALUES ($1, $2, '2031-05-01', $4), ($1, $3, '2031-05-01', $4)`,
      [round.id, first.id, second.id, hospital],
    );
    const [reminder] = await db.query(
      `INSERT INTO notifications (dedup_key, kind, round_id, institution_id, audience_roles, title, due_date)
       VALUES ($1, 'overdue', $2, $3, '{manager}', '五月进度未报', '2031-05-10') RETURNING id`,
      [`test-round-${randomBytes(4).toString('hex')}`, round.id, hospital],
    );
    const resolved = async () => ((await db.query(`SELECT resolved_at FROM notifications WHERE id = $1`, [reminder.id]))[0].resolved_at as Date | null) !== null;

    await db.query(`UPDATE round_reports SET status = 'submitted' WHERE round_id = $1 AND project_id = $2`, [round.id, first.id]);
    expect(await resolved()).toBe(false); // the second report is still owed
    await db.query(`DELETE FROM round_reports WHERE round_id = $1 AND project_id = $2`, [round.id, second.id]); // its project deleted
    expect(await resolved()).toBe(true);
    await db.query(`INSERT INTO round_reports (round_id, project_id, period, institution_id) VALUES ($1, $2, '2031-05-01', $3)`, [round.id, third.id, hospital]);
    expect(await resolved()).toBe(false); // owed again
    await db.query(`UPDATE round_reports SET institution_id = $3 WHERE round_id = $1 AND project_id = $2`, [round.id, third.id, fixture.clinic.id]);
    expect(await resolved()).toBe(true); // the report moved to another institution
  });
});
