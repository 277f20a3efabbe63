import { Inject, Injectable } from '@nestjs/common';
import { invalidSaid, said, staleVersion, type Page } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { compareDecimals, subtractDecimals } from '@tracker/plan-parser';
import { RUNTIME, type Runtime } from '@tracker/platform';
import { ProgressRepository, progressSnapshot, ProjectsRepository, type RoundFigures } from '@tracker/projects';
import { RegionsRepository } from '@tracker/regions';
import { EntityManager } from 'typeorm';
import type { ReportStatus } from '../reporting.types';
import type { OpenRoundDto, PutReportDto, ReportListQuery, RoundListQuery } from './round.dto';
import type { ReportDraft, ReportView, RoundDetailView, RoundView } from './round.views';
import { RoundsRepository, type RoundScope } from './rounds.repository';

type Row = Record<string, unknown>;

const DEFAULT_CLOSE_AFTER_DAYS = 7;
const NOT_YET_STARTED = new Set(['planned', 'preparing']);

const noRound = (id: string) => said(404, `No reporting round with id ${id}.`, `没有 id 为 ${id} 的调度轮次。`);
const noReport = (roundId: string, projectId: string) =>
  said(404, `Round ${roundId} asks no report of project ${projectId}.`, `调度轮次 ${roundId} 中没有项目 ${projectId} 的填报。`);

/** Who may fill in a report: admins, and managers of the project's institution. */
function assertMayReport(principal: Principal, institutionId: string | null): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'manager' && institutionId && principal.institutionIds.includes(institutionId)) return;
  if (principal.role === 'manager') {
    throw said(403, 'This report is owed by an institution your key is not scoped to.', '该项目的责任单位不在您的密钥授权范围内，不能填报。');
  }
  throw said(403, `The ${principal.role} role may not fill in reports.`, `${principal.role} 角色不能填报。`);
}

/** Who may review (approve, return) and open or close rounds: finance and admins. */
export function assertMayReview(principal: Principal): void {
  if (principal.role === 'admin' || principal.role === 'finance') return;
  throw said(403, `The ${principal.role} role may not review reports or manage rounds.`, `${principal.role} 角色不能审核填报或管理调度轮次。`);
}

function checkVersion(row: Row, expected: number | undefined): void {
  if (expected !== undefined && row.version !== expected) throw staleVersion(row.version as number);
}

/**
 * 调度: rounds and their reports. Every step locks the round first (so closing and the steps of its reports take
 * turns), then the report; it is audited and announced in the same transaction.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly db: EntityManager,
    private readonly rounds: RoundsRepository,
    private readonly progress: ProgressRepository,
    private readonly projects: ProjectsRepository,
    private readonly regions: RegionsRepository,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  list(query: RoundListQuery): Promise<Page<RoundView>> {
    const { status, planId, period, ...page } = query;
    return this.rounds.list({ status, planId, period }, page);
  }

  async detail(id: string): Promise<RoundDetailView> {
    const round = await this.rounds.view(id);
    if (!round) throw noRound(id);
    const [byInstitution, byRegion, missing] = await Promise.all([
      this.rounds.countsByInstitution(id),
      this.rounds.countsByRegion(id),
      round.status === 'closed' ? this.rounds.missing(id) : Promise.resolve([]),
    ]);
    return { ...round, byInstitution, byRegion, missing };
  }

  async open(input: OpenRoundDto, principal: Principal, actor: Actor): Promise<RoundDetailView> {
    assertMayReview(principal);
    if ((input.planId === undefined) === (input.regionCode === undefined)) {
      throw invalidSaid('planId', 'give exactly one scope: planId or regionCode', '请指定且只指定一个范围：planId 或 regionCode');
    }
    const closesOn = input.closesOn ?? addDays(input.dueDate, DEFAULT_CLOSE_AFTER_DAYS);
    if (closesOn < input.dueDate) {
      throw invalidSaid('closesOn', `must not be before the due date ${input.dueDate}`, `关闭日期不能早于截止日期 ${input.dueDate}`);
    }
    if (input.dueDate.slice(0, 7) < input.period) {
      throw invalidSaid('dueDate', `must not be before the month ${input.period} reported on`, `截止日期不能早于所填报的月份 ${input.period}`);
    }
    const scope: RoundScope = input.planId ? { planId: input.planId } : { regionCode: input.regionCode! };
    const id = await recordChanges(this.db, actor, async (changes) => {
      const rounds = this.rounds.within(changes.manager);
      let timeZone = this.runtime.config.planTimeZone;
      if (scope.planId) {
        const planZone = await rounds.planTimeZone(scope.planId);
        if (!planZone) throw invalidSaid('planId', `no plan with id ${scope.planId}`, `没有 id 为 ${scope.planId} 的规划`);
        timeZone = planZone;
      } else if (!(await this.regions.within(changes.manager).exists(scope.regionCode!))) {
        throw invalidSaid('regionCode', `no region with code ${scope.regionCode}`, `没有代码为 ${scope.regionCode} 的行政区划`);
      }
      if (input.period > (await rounds.today(timeZone)).slice(0, 7)) {
        throw invalidSaid('period', 'must not be after the current month', '填报月份不能晚于当前月份');
      }
      // One report per project and month: a round over projects another round of the month already asks is refused.
      // (The unique index is the guarantee under concurrency; this check gives the answer a reason.)
      const overlapping = await rounds.overlapping(scope, input.period);
      if (overlapping.length > 0) {
        const list = overlapping.map((o) => `${o.roundId} (${o.projects})`).join(', ');
        throw said(
          409,
          `Projects in this scope already report ${input.period} in another round: ${list}.`,
          `该范围内已有项目在其他调度轮次中填报 ${input.period}：${list}。`,
        );
      }
      const opened = await rounds.open({ period: input.period, dueDate: input.dueDate, closesOn, timeZone, scope });
      const round = (await rounds.view(opened.id))!;
      await changes.audit('create', 'reporting_round', round.id, null, round);
      await changes.emit('round.opened', { aggregateId: round.id }, { round });
      return round.id;
    });
    return this.detail(id);
  }

  /** Closes an open round before its close date. */
  async closeByHand(id: string, expectedVersion: number | undefined, principal: Principal, actor: Actor): Promise<RoundDetailView> {
    assertMayReview(principal);
    await recordChanges(this.db, actor, async (changes) => {
      const rounds = this.rounds.within(changes.manager);
      const current = await rounds.lock(id);
      if (!current) throw noRound(id);
      checkVersion(current, expectedVersion);
      if (current.status === 'closed') throw said(409, `Round ${id} is already closed.`, `调度轮次 ${id} 已关闭。`);
      await this.closeLocked(changes, rounds, id, 'hand');
    });
    return this.detail(id);
  }

  private async closeLocked(changes: ChangeRecorder, rounds: RoundsRepository, id: string, by: 'schedule' | 'hand'): Promise<void> {
    const before = (await rounds.view(id))!;
    await rounds.close(id, by);
    const round = (await rounds.view(id))!;
    const missing = await rounds.missing(id);
    await changes.audit('close', 'reporting_round', id, before, { ...round, missing });
    await changes.emit('round.closed', { aggregateId: id }, { round, missing });
  }

  /** The worker's part: closes the open rounds whose close date has passed, each in its own transaction. */
  async closeDueRounds(actor: Actor, batch = 100): Promise<number> {
    let closed = 0;
    for (;;) {
      const due = await this.rounds.dueToClose(batch);
      for (const id of due) {
        const didClose = await recordChanges(this.db, actor, async (changes) => {
          const rounds = this.rounds.within(changes.manager);
          const current = await rounds.lock(id);
          // Another worker closed it meanwhile, or someone did by hand.
          if (!current || current.status !== 'open') return false;
          await this.closeLocked(changes, rounds, id, 'schedule');
          return true;
        });
        if (didClose) closed += 1;
      }
      if (due.length < batch) return closed;
    }
  }

  async reports(roundId: string, query: ReportListQuery, principal: Principal): Promise<Page<ReportView>> {
    if (!(await this.rounds.view(roundId))) throw noRound(roundId);
    const { status, institutionId, ...page } = query;
    const institutionIds = principal.role === 'manager' ? principal.institutionIds : undefined;
    return this.rounds.reports(roundId, { status, institutionId, institutionIds }, page);
  }

  async report(roundId: string, projectId: string, principal: Principal): Promise<ReportView> {
    const report = await this.rounds.report(roundId, projectId);
    if (!report) throw (await this.rounds.view(roundId)) ? noReport(roundId, projectId) : noRound(roundId);
    if (principal.role === 'manager' && !(report.institutionId && principal.institutionIds.includes(report.institutionId))) {
      throw said(403, 'This report is owed by an institution your key is not scoped to.', '该项目的责任单位不在您的密钥授权范围内。');
    }
    return report;
  }

  /**
   * Saves the manager's draft: the first save (of a pending report) needs no If-Match, every later one does. The
   * same values again change nothing. A submitted or approved report is not edited; a returned one is.
   */
  async saveDraft(
    roundId: string,
    projectId: string,
    input: PutReportDto,
    expectedVersion: number | undefined,
    principal: Principal,
    actor: Actor,
  ): Promise<ReportView> {
    if (input.completedInvestmentWan != null && input.cumulativeCompletedWan != null) {
      throw invalidSaid(
        'cumulativeCompletedWan',
        'give the month’s completed investment or the cumulative one, not both',
        '本月完成投资与累计完成投资只填其一',
      );
    }
    if (input.startedOn != null && input.started !== true) {
      throw invalidSaid('startedOn', 'a start date needs started = true', '填写开工日期时“是否开工”须为是');
    }
    const draft: ReportDraft = {
      completedInvestmentWan: input.completedInvestmentWan == null ? null : String(input.completedInvestmentWan),
      cumulativeCompletedWan: input.cumulativeCompletedWan == null ? null : String(input.cumulativeCompletedWan),
      physicalProgressPct: input.physicalProgressPct == null ? null : String(input.physicalProgressPct),
      progressText: input.progressText ?? null,
      started: input.started ?? null,
      startedOn: input.startedOn ?? null,
      problems: input.problems ?? null,
    };
    return this.step(roundId, projectId, principal, actor, async ({ changes, rounds, current, round }) => {
      assertMayReport(principal, current.institution_id as string | null);
      assertOpen(round);
      if (current.status === 'pending') {
        if (expectedVersion !== undefined) checkVersion(current, expectedVersion);
      } else {
        if (expectedVersion === undefined) {
          throw said(428, 'This report has been saved before: send If-Match with the ETag you read.', '该填报已保存过，请在 If-Match 中带上读取到的 ETag。');
        }
        checkVersion(current, expectedVersion);
      }
      if (current.status === 'submitted' || current.status === 'approved') {
        throw said(
          409,
          `The report is ${current.status as string}; it can be edited only when returned.`,
          current.status === 'submitted' ? '该填报已提交，待审核；退回后才能修改。' : '该填报已审核通过，不能修改。',
        );
      }
      if (current.status === 'draft' && sameDraft(current.draft as ReportDraft, draft)) return null;
      const before = await rounds.report(roundId, projectId);
      await rounds.saveDraft(roundId, projectId, draft);
      const after = (await rounds.report(roundId, projectId))!;
      await changes.audit('update', 'round_report', `${roundId}/${projectId}`, before, after);
      return after;
    });
  }

  /** Submits the draft (or, with no draft, the month's progress report as it stands) and writes the month's progress. */
  async submit(roundId: string, projectId: string, expectedVersion: number | undefined, principal: Principal, actor: Actor): Promise<ReportView> {
    return this.step(roundId, projectId, principal, actor, async ({ changes, rounds, current, round }) => {
      assertMayReport(principal, current.institution_id as string | null);
      assertOpen(round);
      checkVersion(current, expectedVersion);
      const status = current.status as ReportStatus;
      if (status === 'submitted' || status === 'approved') {
        throw said(409, `The report is already ${status}.`, status === 'submitted' ? '该填报已提交。' : '该填报已审核通过。');
      }
      const period = round.month as string;
      const progress = this.progress.within(changes.manager);
      const before = await rounds.report(roundId, projectId);
      const draft = (current.draft as ReportDraft | null) ?? recordAsDraft(before!);
      if (!draft || (draft.completedInvestmentWan === null && draft.cumulativeCompletedWan === null)) {
        throw said(
          422,
          'The report has no completed investment: save the month’s or the cumulative figure first.',
          '填报缺少完成投资：请先填写本月完成投资或累计完成投资。',
        );
      }
      const figures = await this.figuresOf(progress, projectId, period, draft);
      const previous = await progress.lockMonth(projectId, period);
      const written = await progress.writeFromRound(projectId, period, roundId, figures);
      await rounds.markSubmitted(roundId, projectId);
      const after = (await rounds.report(roundId, projectId))!;
      const monthId = `${projectId}/${period}`;
      await changes.audit(previous ? 'update' : 'create', 'progress_report', monthId, previous && progressSnapshot(previous), progressSnapshot(written));
      await changes.emit('progress.reported', { aggregateId: monthId, projectId }, { ...progressSnapshot(written), replaced: previous !== null });
      if (figures.started) await this.markStarted(changes, projectId);
      await changes.audit('submit', 'round_report', `${roundId}/${projectId}`, before, after);
      await changes.emit('report.submitted', { aggregateId: `${roundId}/${projectId}`, projectId }, { report: after });
      return after;
    });
  }

  async approve(roundId: string, projectId: string, expectedVersion: number | undefined, principal: Principal, actor: Actor): Promise<ReportView> {
    assertMayReview(principal);
    return this.review(roundId, projectId, 'approved', null, expectedVersion, principal, actor);
  }

  async return(roundId: string, projectId: string, reason: string, expectedVersion: number | undefined, principal: Principal, actor: Actor) {
    assertMayReview(principal);
    return this.review(roundId, projectId, 'returned', reason.trim(), expectedVersion, principal, actor);
  }

  private review(
    roundId: string,
    projectId: string,
    outcome: 'approved' | 'returned',
    reason: string | null,
    expectedVersion: number | undefined,
    principal: Principal,
    actor: Actor,
  ): Promise<ReportView> {
    if (outcome === 'returned' && !reason) throw invalidSaid('reason', 'say why the report is returned', '请填写退回原因');
    return this.step(roundId, projectId, principal, actor, async ({ changes, rounds, current, round }) => {
      checkVersion(current, expectedVersion);
      if (current.status !== 'submitted') {
        throw said(
          409,
          `Only a submitted report can be reviewed; this one is ${current.status as string}.`,
          `只有已提交的填报才能审核；该填报当前状态为 ${STATUS_NAMES[current.status as ReportStatus]}。`,
        );
      }
      if (outcome === 'returned' && round.status !== 'open') {
        throw said(409, 'The round is closed: a returned report could not be submitted again. Approve it or leave it.', '调度轮次已关闭，退回后无法再提交；请审核通过或保留。');
      }
      const before = await rounds.report(roundId, projectId);
      await rounds.markReviewed(roundId, projectId, outcome, reason);
      const after = (await rounds.report(roundId, projectId))!;
      await changes.audit(outcome === 'approved' ? 'approve' : 'return', 'round_report', `${roundId}/${projectId}`, before, after);
      await changes.emit(outcome === 'approved' ? 'report.approved' : 'report.returned', { aggregateId: `${roundId}/${projectId}`, projectId }, { report: after });
      return after;
    });
  }

  /** One step on one report: the round locked, then the report; null from `work` means nothing changed. */
  private async step(
    roundId: string,
    projectId: string,
    principal: Principal,
    actor: Actor,
    work: (context: { changes: ChangeRecorder; rounds: RoundsRepository; current: Row; round: Row }) => Promise<ReportView | null>,
  ): Promise<ReportView> {
    const result = await recordChanges(this.db, actor, async (changes) => {
      const rounds = this.rounds.within(changes.manager);
      const round = await rounds.lock(roundId);
      if (!round) throw noRound(roundId);
      const current = await rounds.lockReport(roundId, projectId);
      if (!current) throw noReport(roundId, projectId);
      return work({ changes, rounds, current, round });
    });
    return result ?? this.report(roundId, projectId, principal);
  }

  /**
   * A report that says 已开工 moves a project not yet under way (planned, preparing) to under construction, as an
   * imported list that says 开工 does; a project further along keeps its status.
   */
  private async markStarted(changes: ChangeRecorder, projectId: string): Promise<void> {
    const projects = this.projects.within(changes.manager);
    const before = await projects.lock(projectId);
    if (!before || !NOT_YET_STARTED.has(before.status)) return;
    const after = await projects.update(projectId, { status: 'under_construction' });
    await changes.audit('update', 'project', projectId, before, after);
    await changes.emit('project.updated', { aggregateId: projectId, projectId }, { project: after, previous: before });
  }

  /** The month's figures of record from a draft: a cumulative figure becomes the month's by what came before. */
  private async figuresOf(progress: ProgressRepository, projectId: string, period: string, draft: ReportDraft): Promise<RoundFigures> {
    let month = draft.completedInvestmentWan;
    if (month === null) {
      const before = await progress.completedBefore(projectId, period);
      month = subtractDecimals(draft.cumulativeCompletedWan!, before);
      if (compareDecimals(month, '0') < 0) {
        throw said(
          422,
          `The cumulative completed investment ${draft.cumulativeCompletedWan} 万元 is less than the ${before} 万元 recorded for the months before ${period}.`,
          `累计完成投资 ${draft.cumulativeCompletedWan} 万元 小于 ${period} 之前各月已记录的 ${before} 万元，请核实。`,
        );
      }
    }
    return {
      completedInvestmentWan: month,
      physicalProgressPct: draft.physicalProgressPct,
      progressText: draft.progressText,
      started: draft.started,
      startedOn: draft.startedOn,
      problems: draft.problems,
    };
  }
}

export const STATUS_NAMES: Record<ReportStatus, string> = {
  pending: '未填报',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};

function assertOpen(round: Row): void {
  if (round.status !== 'open') throw said(409, 'The round is closed; its reports can no longer be changed.', '调度轮次已关闭，不能再修改填报。');
}

/** The figures of record of a report with no draft, as a draft to submit; null when the month has none. */
function recordAsDraft(view: ReportView): ReportDraft | null {
  if (view.figuresFrom !== 'record') return null;
  const text = (n: number | null) => (n === null ? null : String(n));
  return {
    completedInvestmentWan: text(view.completedInvestmentWan),
    cumulativeCompletedWan: null,
    physicalProgressPct: text(view.physicalProgressPct),
    progressText: view.progressText,
    started: view.started,
    startedOn: view.startedOn,
    problems: view.problems,
  };
}

function sameDraft(a: ReportDraft | null, b: ReportDraft): boolean {
  if (!a) return false;
  return (Object.keys(b) as (keyof ReportDraft)[]).every((key) => (a[key] ?? null) === (b[key] ?? null));
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
