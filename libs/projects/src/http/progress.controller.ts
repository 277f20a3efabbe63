import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses, requireIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { parsePeriod, ReportProgressDto } from './progress.dto';
import { ProgressService } from './progress.service';
import { ProgressView, ReportedMonthView } from './progress.views';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('progress')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller('projects')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get(':id/progress')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Monthly progress reports of a project',
    description:
      'Every reported month, oldest first, with running totals (completed investment and disbursement up to and ' +
      'including the month), and the totals over all months against the planned investment.',
  })
  @ApiOkResponse({ type: ProgressView })
  list(@Param('id', uuid) projectId: string) {
    return this.progress.list(projectId);
  }

  @Put(':id/progress/:period')
  @Idempotent()
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Report (or correct) one month’s progress',
    description:
      'Creates the month (201) or replaces it whole (200); repeating the same figures changes nothing. ' +
      '`completedInvestmentWan` and `disbursedWan` are that month’s amounts, not totals to date. The period must ' +
      'not be after the current month in the plan’s time zone. The first report of a month needs no If-Match; ' +
      'replacing a saved month needs If-Match with the month’s current ETag (428 without it, 412 when stale), ' +
      'except a retry with exactly the saved figures, which answers 200 unchanged. Completed investment above the planned investment is accepted and flagged with ' +
      '`exceedsPlannedInvestment`. Admins, and managers for the projects of their own institutions.',
  })
  @ApiParam({ name: 'period', example: '2022-06', description: 'The month, YYYY-MM' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the month you read, e.g. "2"; required to replace a saved month' })
  @ApiOkResponse({ type: ReportedMonthView, description: 'The month was replaced (or already had these figures)' })
  @ApiCreatedResponse({ type: ReportedMonthView, description: 'The month was reported for the first time' })
  @ProblemResponses(412, 428)
  async report(
    @Param('id', uuid) projectId: string,
    @Param('period') rawPeriod: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ReportProgressDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportedMonthView> {
    const period = parsePeriod(rawPeriod);
    const expectedVersion = ifMatch?.trim() ? requireIfMatch(ifMatch) : undefined;
    const { created, month } = await this.progress.report(projectId, period, body, expectedVersion, principal, actorOf(principal, req));
    res.status(created ? 201 : 200);
    if (created) res.setHeader('Location', `/api/v1/projects/${projectId}/progress/${period}`);
    res.setHeader('ETag', etag(month.version));
    return month;
  }
}
