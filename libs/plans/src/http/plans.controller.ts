import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses } from '@tracker/api-conventions';
import { ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateInstitutionDto } from './institution.dto';
import { InstitutionsService } from './institutions.service';
import { InstitutionListQuery, PlanListQuery, PlanScopedQuery, RegionListQuery } from './plan.queries';
import {
  BedTargetPage,
  IndicatorPage,
  InstitutionPage,
  InstitutionView,
  PlanPage,
  PlanView,
  ProgramList,
  RegionPage,
  ProgramView,
} from './plan.views';
import { PlansService } from './plans.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('plans')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get('plans')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List plans', description: 'Sort: `code`, `regionCode`, `periodStart` (prefix `-` to reverse).' })
  @ApiOkResponse({ type: PlanPage })
  listPlans(@Query() query: PlanListQuery) {
    return this.plans.listPlans(query);
  }

  @Get('plans/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get a plan' })
  @ApiOkResponse({ type: PlanView })
  getPlan(@Param('id', uuid) id: string) {
    return this.plans.getPlan(id);
  }

  @Get('plans/:id/programs')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List the 专栏 programs of a plan',
    description: 'Each with the totals the plan declares (合计), the exact sum of its projects, and whether they agree.',
  })
  @ApiOkResponse({ type: ProgramList })
  async listPrograms(@Param('id', uuid) id: string): Promise<ProgramList> {
    return { items: await this.plans.listPrograms(id) };
  }

  @Get('programs/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get a 专栏 program with its reconciliation' })
  @ApiOkResponse({ type: ProgramView })
  getProgram(@Param('id', uuid) id: string) {
    return this.plans.getProgram(id);
  }

  @Get('regions')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List regions',
    description:
      'Provinces, cities and counties known from the plans, each with the number of plans in it and under it. ' +
      'Any `regionCode` filter (plans, projects, finance) includes the regions under the code. Sort: `code`, `name`.',
  })
  @ApiOkResponse({ type: RegionPage })
  listRegions(@Query() query: RegionListQuery) {
    return this.plans.listRegions(query);
  }

  @Get('institutions')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List institutions', description: 'Sort: `name`, `regionCode`.' })
  @ApiOkResponse({ type: InstitutionPage })
  listInstitutions(@Query() query: InstitutionListQuery) {
    return this.plans.listInstitutions(query);
  }

  @Get('institutions/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get an institution' })
  @ApiOkResponse({ type: InstitutionView })
  async getInstitution(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const institution = await this.plans.getInstitution(id);
    res.setHeader('ETag', etag(institution.version));
    return institution;
  }

  @Post('institutions')
  @HttpCode(201)
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Create an institution (admin)' })
  @ApiCreatedResponse({ type: InstitutionView })
  async createInstitution(
    @Body() body: CreateInstitutionDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const institution = await this.institutions.create(body, { id: principal.keyId, name: principal.name, requestId: req.header('x-request-id') ?? null });
    res.setHeader('ETag', etag(institution.version));
    res.setHeader('Location', `/api/v1/institutions/${institution.id}`);
    return institution;
  }

  @Get('beds')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Bed targets of the plans',
    description: 'Baseline and target counts and beds per institution or category; cells kept verbatim beside the numbers. Sort: `sourceLine`, `subject`.',
  })
  @ApiOkResponse({ type: BedTargetPage })
  listBeds(@Query() query: PlanScopedQuery) {
    return this.plans.listBedTargets(query);
  }

  @Get('indicators')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Main indicators of the plans (主要指标)', description: 'Sort: `position`, `name`.' })
  @ApiOkResponse({ type: IndicatorPage })
  listIndicators(@Query() query: PlanScopedQuery) {
    return this.plans.listIndicators(query);
  }
}
