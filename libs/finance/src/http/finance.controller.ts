import { Controller, Get, Header, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { answerConditionally, ConditionalAnswer, ProblemResponses, sendSerialized } from '@tracker/api-conventions';
import { ALL_ROLES, Roles } from '@tracker/auth';
import { RUNTIME, type Runtime } from '@tracker/platform';
import type { Request, Response } from 'express';
import { PaceQuery, ReconciliationQuery, TotalsQuery } from './finance.dto';
import { FinanceService } from './finance.service';
import { PaceView, ReconciliationView, TotalsView } from './finance.views';

import { totalsToCsv, totalsToXlsx } from './totals-export';

const TOTALS_DESCRIPTION =
  'Planned, completed and disbursed investment, land, floor area and beds, grouped. Filters as /projects. ' +
  'Filters that select whole plans (planId, regionCode) read the rollups the worker keeps current (within ' +
  'seconds of a write; `asOf` says as of when); finer filters compute from the projects now. `total` is the exact ' +
  'sum of `rows`. For groupBy=fundingSource the rows are funding lines: `investmentWan` is the amount from each source.';

@ApiTags('finance')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('finance')
export class FinanceController {
  constructor(
    private readonly finance: FinanceService,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get('totals')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Investment totals by a grouping', description: TOTALS_DESCRIPTION })
  @ConditionalAnswer(TotalsView)
  async totals(@Query() query: TotalsQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string | undefined> {
    const { body, etag } = await this.finance.taggedTotals(query);
    return answerConditionally(req, res, sendSerialized(res, body), etag);
  }

  @Get('totals.csv')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Investment totals as CSV', description: 'The same query as /finance/totals, with Chinese headers and a total row.' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV (UTF-8 with BOM)', schema: { type: 'string' } })
  async totalsCsv(@Query() query: TotalsQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const [view, context] = await Promise.all([this.finance.totals(query), this.finance.titleContext(query, this.runtime.config.planTimeZone)]);
    res.setHeader('Content-Disposition', contentDisposition(`finance-totals-${query.groupBy}.csv`));
    return totalsToCsv(view, query, context);
  }

  @Get('totals.xlsx')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Investment totals as an Excel workbook', description: 'The same query as /finance/totals; opens in Excel and LibreOffice.' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  async totalsXlsx(@Query() query: TotalsQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const [view, context] = await Promise.all([this.finance.totals(query), this.finance.titleContext(query, this.runtime.config.planTimeZone)]);
    res.setHeader('Content-Disposition', contentDisposition(`finance-totals-${query.groupBy}.xlsx`));
    return new StreamableFile(await totalsToXlsx(view, query, context), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  @Get('pace')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Completed investment against an even pace through the year (序时进度)',
    description:
      'Each active project’s investment is spread evenly over its build years (the plan’s period when the plan gives ' +
      'none); by today it should have completed the elapsed share of this year’s part. Lists the projects behind ' +
      'pace, largest gap first, and gives the pace and the completed investment month by month. Filters as /projects: ' +
      'the whole portfolio, a plan or a region are read from the rollups (`source: rollup`, as of their last run), finer ' +
      'filters are computed now (`source: live`).',
  })
  @ConditionalAnswer(PaceView)
  async pace(@Query() query: PaceQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string | undefined> {
    // The tag is of the answer's text; an answer read from the rollups is kept in memory until their next run.
    const { body, etag } = await this.finance.taggedPace(query, this.runtime.config.planTimeZone);
    return answerConditionally(req, res, sendSerialized(res, body), etag);
  }

  @Get('reconciliation')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Declared (合计) against computed totals, per program',
    description: 'For every 专栏 whose plan declares a total: the declared land and investment, the exact sum of its projects, the difference and whether they agree.',
  })
  @ApiOkResponse({ type: ReconciliationView })
  reconciliation(@Query() query: ReconciliationQuery) {
    return this.finance.reconciliation(query);
  }
}

const contentDisposition = (name: string) => `attachment; filename="${name}"`;
