import { Injectable } from '@nestjs/common';
import { conflict, notFound, ProblemException, said, staleVersion, toNumber } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { EntityManager } from 'typeorm';
import { ProgressRepository, progressSnapshot, type MonthFigures } from '../progress.repository';
import { ProjectsRepository } from '../projects.repository';
import { invalidPeriod, type ReportProgressDto } from './progress.dto';
import type { ProgressView, ReportedMonthView } from './progress.views';
import { assertMayChange } from './projects.service';

type Row = Record<string, unknown>;

const noProject = (id: string) => notFound(`No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`);

/** A PUT of one month's progress, as the controller hands it over. */
interface MonthReport {
  projectId: string;
  period: string;
  input: ReportProgressDto;
  expectedVersion: number | undefined;
  principal: Principal;
  actor: Actor;
}

export interface ReportResult {
  created: boolean;
  month: ReportedMonthView;
}

@Injectable()
export class ProgressService {
  constructor(
    private readonly db: EntityManager,
    private readonly progress: ProgressRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  async list(projectId: string): Promise<ProgressView> {
    const history = await this.progress.history(projectId);
    if (!history) throw noProject(projectId);
    return {
      projectId,
      items: history.months,
      plannedInvestmentWan: history.plannedInvestmentWan,
      cumulativeCompletedInvestmentWan: history.totalCompletedInvestmentWan,
      cumulativeDisbursedWan: history.totalDisbursedWan,
      exceedsPlannedInvestment: history.exceedsPlannedInvestment,
    };
  }

  /**
   * Creates or replaces the report of one month. Replacing a saved month needs the version read (If-Match, else
   * 428); a repeat of the same figures changes nothing (no new version, no audit entry) and needs none, so a client
   * may retry a PUT freely.
   */
  async report(
    projectId: string,
    period: string,
    input: ReportProgressDto,
    expectedVersion: number | undefined,
    principal: Principal,
    actor: Actor,
  ): Promise<ReportResult> {
    // Lower case, as PostgreSQL prints uuids: the month's audit entries and events are keyed by `<projectId>/<period>`.
    const request: MonthReport = { projectId: projectId.toLowerCase(), period, input, expectedVersion, principal, actor };
    return (await this.replaceWithoutLock(request)) ?? this.reportInTransaction(request);
  }

  /**
   * The common case, a saved month corrected with the version read, in two round trips and no transaction block:
   * read the project's scope and the month, check, then one statement replaces the month if it is still as read,
   * records it and answers with the running totals (ProgressRepository.replaceMonthRecorded). Null when it is not
   * that case, or when another writer changed the month in between: reportInTransaction then decides under a lock,
   * and says what happened.
   */
  private async replaceWithoutLock({ projectId, period, input, expectedVersion, principal, actor }: MonthReport): Promise<ReportResult | null> {
    if (expectedVersion === undefined) return null;
    const read = await this.progress.monthInScope(projectId, period);
    const current = read?.month;
    if (!read || !current || current.round_id || current.version !== expectedVersion || sameFigures(current, input)) return null;
    assertMayChange(principal, read.institutionId);
    if (period > read.currentMonth) return null;
    const figures = monthFigures(input);
    const replaced = await this.progress.replaceMonthRecorded(current.id as string, expectedVersion, figures, progressSnapshot(current), actor);
    if (replaced === null) return null;
    return {
      created: false,
      // In the order of the locked path's answer (reportedMonth).
      month: {
        period,
        completedInvestmentWan: Number(figures.completedInvestmentWan),
        disbursedWan: Number(figures.disbursedWan),
        physicalProgressPct: figures.physicalProgressPct === null ? null : Number(figures.physicalProgressPct),
        note: figures.note,
        progressText: figures.progressText,
        version: replaced.version,
        cumulativeCompletedInvestmentWan: replaced.cumulativeCompletedInvestmentWan,
        cumulativeDisbursedWan: replaced.cumulativeDisbursedWan,
        projectId,
        plannedInvestmentWan: replaced.plannedInvestmentWan,
        exceedsPlannedInvestment: replaced.exceedsPlannedInvestment,
      },
    };
  }

  private async reportInTransaction({ projectId, period, input, expectedVersion, principal, actor }: MonthReport): Promise<ReportResult> {
    return recordChanges(this.db, actor, async (changes) => {
      const progress = this.progress.within(changes.manager);
      const project = await this.projects.within(changes.manager).scopeOf(projectId);
      if (!project) throw noProject(projectId);
      assertMayChange(principal, project.institutionId);
      if (period > project.currentMonth) {
        throw invalidPeriod(
          `period must not be after the current month ${project.currentMonth} (in the plan’s time zone)`,
          `月份不能晚于本月 ${project.currentMonth}（按规划所在时区）`,
        );
      }
      const figures = monthFigures(input);

      let current = await progress.lockMonth(projectId, period);
      if (current?.round_id) {
        // A reporting round owns this month: its report is reviewed there, and a PUT here would go around the review.
        throw conflict(
          `The progress of ${period} was reported in reporting round ${current.round_id as string}; change it through that round's report.`,
          `${period} 的进度已在填报轮次 ${current.round_id as string} 中上报；请通过该轮次的填报修改。`,
        );
      }
      if (!current && expectedVersion === undefined) {
        const inserted = await progress.insertMonth(projectId, period, figures);
        if (inserted) return this.recorded(changes, projectId, period, null, inserted);
        // A concurrent first report of this month committed in between: this one replaces it.
        current = await progress.lockMonth(projectId, period);
      }
      if (!current) {
        throw said(412, `There is no report for ${period} yet; send it without If-Match.`, `${period} 还没有填报；请不带 If-Match 提交。`);
      }
      if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleVersion(current.version as number);
      if (sameFigures(current, input)) return { created: false, month: await this.reportedMonth(changes.manager, projectId, period) };
      // Replacing a saved month without having read it would silently overwrite someone's figures; a retry of the
      // same figures is still answered above, so a client that lost the first answer can repeat its PUT.
      if (expectedVersion === undefined) throw monthNeedsIfMatch(period);
      const updated = await progress.updateMonth(current.id as string, figures);
      return this.recorded(changes, projectId, period, current, updated);
    });
  }

  private async recorded(changes: ChangeRecorder, projectId: string, period: string, before: Row | null, after: Row) {
    const entityId = `${projectId}/${period}`;
    await changes.audit(before ? 'update' : 'create', 'progress_report', entityId, before && progressSnapshot(before), progressSnapshot(after));
    await changes.emit('progress.reported', { aggregateId: entityId, projectId }, { ...progressSnapshot(after), replaced: before !== null });
    return { created: before === null, month: await this.reportedMonth(changes.manager, projectId, period) };
  }

  private async reportedMonth(manager: EntityManager, projectId: string, period: string): Promise<ReportedMonthView> {
    const history = (await this.progress.within(manager).history(projectId))!;
    return {
      ...history.months.find((month) => month.period === period)!,
      projectId,
      plannedInvestmentWan: history.plannedInvestmentWan,
      exceedsPlannedInvestment: history.exceedsPlannedInvestment,
    };
  }
}

function monthFigures(input: ReportProgressDto): MonthFigures {
  return {
    completedInvestmentWan: String(input.completedInvestmentWan),
    disbursedWan: String(input.disbursedWan),
    physicalProgressPct: input.physicalProgressPct == null ? null : String(input.physicalProgressPct),
    note: input.note ?? null,
    progressText: input.progressText ?? null,
  };
}

function monthNeedsIfMatch(period: string): ProblemException {
  return new ProblemException(
    428,
    'Precondition Required',
    `The progress of ${period} is already saved: send If-Match with the ETag of the month you read to replace it, so a correction cannot overwrite one you have not seen.`,
  ).inChinese(`${period} 的进度已经填报：更正时请在 If-Match 中带上所读到的该月 ETag，以免覆盖他人未看到的修改。`);
}

function sameFigures(current: Row, input: ReportProgressDto): boolean {
  // Both sides have at most 2 decimals, so equal numbers mean equal decimals.
  return (
    Number(current.completed_investment_wan) === input.completedInvestmentWan &&
    Number(current.disbursed_wan) === input.disbursedWan &&
    toNumber(current.physical_progress_pct as string | null) === (input.physicalProgressPct ?? null) &&
    current.note === (input.note ?? null) &&
    (current.progress_text ?? null) === (input.progressText ?? null)
  );
}
