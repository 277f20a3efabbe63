import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses, requireIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { OpenRoundDto, PutReportDto, ReportListQuery, ReturnReportDto, RoundListQuery } from './round.dto';
import { ReportPage, ReportView, RoundDetailView, RoundPage } from './round.views';
import { REPORT_SORT_FIELDS, ROUND_SORT_FIELDS } from './rounds.repository';
import { RoundsService } from './rounds.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const sorts = (fields: string[], fallback: string) =>
  `Sort: ${fields.map((f) => `\`${f}\``).join(', ')} (default \`${fallback}\`; prefix \`-\` to reverse); keyset pages via \`cursor\`.`;
const LIFE =
  'A report goes pending → draft (PUT) → submitted (POST …/submit) → approved (POST …/approve), or returned with a ' +
  'reason (POST …/return), then is edited and submitted again.';
const OPTIONAL_IF_MATCH = { name: 'If-Match', required: false, description: 'The version you read, as "<version>"; when sent, a stale one gets 412' };

/** The optional If-Match of a step: checked when sent. */
const expected = (ifMatch: string | undefined) => (ifMatch?.trim() ? requireIfMatch(ifMatch) : undefined);

@ApiTags('reporting rounds')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('reporting-rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List reporting rounds (调度)', description: `Filters: status, planId, period. ${sorts(ROUND_SORT_FIELDS, '-period')}` })
  @ApiOkResponse({ type: RoundPage })
  list(@Query() query: RoundListQuery) {
    return this.rounds.list(query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'finance')
  @Idempotent()
  @ApiOperation({
    summary: 'Open a reporting round',
    description:
      'Asks every project of the scope (a plan, or a region and the regions under it) that is not completed, in service ' +
      'or cancelled for its report of `period`, owed by the project’s institution. A project reports a month in one round ' +
      'only: a scope overlapping another round of the month is refused (409). The round closes after `closesOn` ' +
      '(default: 7 days after `dueDate`), or by hand. Emits `round.opened`. Finance and admins.',
  })
  @ApiCreatedResponse({ type: RoundDetailView })
  async open(@Body() body: OpenRoundDto, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const round = await this.rounds.open(body, principal, actorOf(principal, req));
    res.setHeader('Location', `/api/v1/reporting-rounds/${round.id}`);
    return round;
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'A reporting round with its counts',
    description: 'Counts of reports by status, in all, by institution and by region; once closed, the reports that were missing.',
  })
  @ApiOkResponse({ type: RoundDetailView })
  @ProblemResponses(404)
  detail(@Param('id', uuid) id: string) {
    // No version ETag: the counts change with every report while the round's own version stays, so a validator of
    // the version would let a cache answer 304 with stale counts (Express's own ETag is of the body). Close with
    // If-Match: "<version>" from the body.
    return this.rounds.detail(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin', 'finance')
  @ApiOperation({
    summary: 'Close a round now',
    description: 'No report of a closed round can be saved, submitted or returned; submitted ones can still be approved. Answers with the missing reports. Emits `round.closed`.',
  })
  @ApiHeader(OPTIONAL_IF_MATCH)
  @ApiOkResponse({ type: RoundDetailView })
  @ProblemResponses(404, 409, 412)
  async close(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ) {
    return this.rounds.closeByHand(id, expected(ifMatch), principal, actorOf(principal, req));
  }

  @Get(':id/reports')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The reports of a round',
    description: `Filters: status, institutionId. Managers see the reports of their own institutions. ${LIFE} ${sorts(REPORT_SORT_FIELDS, 'projectCode')}`,
  })
  @ApiOkResponse({ type: ReportPage })
  @ProblemResponses(404)
  reports(@Param('id', uuid) id: string, @Query() query: ReportListQuery, @CurrentPrincipal() principal: Principal) {
    return this.rounds.reports(id, query, principal);
  }

  @Get(':id/reports/:projectId')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One project’s report of the round', description: LIFE })
  @ApiOkResponse({ type: ReportView })
  @ProblemResponses(404)
  async report(
    @Param('id', uuid) id: string,
    @Param('projectId', uuid) projectId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    return withEtag(res, await this.rounds.report(id, projectId, principal));
  }

  @Put(':id/reports/:projectId')
  @Idempotent()
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Save the report as a draft',
    description:
      'The month’s completed investment (`completedInvestmentWan`) or the cumulative one (`cumulativeCompletedWan`), not ' +
      'both; progress, 是否开工, 存在问题. Replaces the draft whole. If-Match is required once the report has been saved. ' +
      'A submitted or approved report cannot be edited (409); a returned one can. Managers of the project’s institution, and admins.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the report, once it has been saved' })
  @ApiOkResponse({ type: ReportView })
  @ProblemResponses(404, 409, 412, 428)
  async save(
    @Param('id', uuid) id: string,
    @Param('projectId', uuid) projectId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PutReportDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return withEtag(res, await this.rounds.saveDraft(id, projectId, body, expected(ifMatch), principal, actorOf(principal, req)));
  }

  @Post(':id/reports/:projectId/submit')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Submit the report',
    description:
      'Writes the month’s progress report (GET /projects/{id}/progress) from the draft, or submits the month’s progress ' +
      'as already recorded when there is no draft. A cumulative figure becomes the month’s by what earlier months recorded; ' +
      'one smaller than that is refused (422). Emits `progress.reported` and `report.submitted`.',
  })
  @ApiHeader(OPTIONAL_IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ProblemResponses(404, 409, 412, 422)
  async submit(
    @Param('id', uuid) id: string,
    @Param('projectId', uuid) projectId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return withEtag(res, await this.rounds.submit(id, projectId, expected(ifMatch), principal, actorOf(principal, req)));
  }

  @Post(':id/reports/:projectId/approve')
  @HttpCode(200)
  @Roles('admin', 'finance')
  @ApiOperation({ summary: 'Approve a submitted report', description: 'Emits `report.approved`. Finance and admins.' })
  @ApiHeader(OPTIONAL_IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ProblemResponses(404, 409, 412)
  async approve(
    @Param('id', uuid) id: string,
    @Param('projectId', uuid) projectId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return withEtag(res, await this.rounds.approve(id, projectId, expected(ifMatch), principal, actorOf(principal, req)));
  }

  @Post(':id/reports/:projectId/return')
  @HttpCode(200)
  @Roles('admin', 'finance')
  @ApiOperation({
    summary: 'Return a submitted report with a reason',
    description: 'The manager sees the reason, edits and submits again. Not once the round is closed. Emits `report.returned`. Finance and admins.',
  })
  @ApiHeader(OPTIONAL_IF_MATCH)
  @ApiOkResponse({ type: ReportView })
  @ProblemResponses(404, 409, 412)
  async return(
    @Param('id', uuid) id: string,
    @Param('projectId', uuid) projectId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ReturnReportDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return withEtag(res, await this.rounds.return(id, projectId, body.reason, expected(ifMatch), principal, actorOf(principal, req)));
  }
}

function withEtag(res: Response, report: ReportView): ReportView {
  res.setHeader('ETag', etag(report.version));
  return report;
}
