import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses, requireIfMatch, RequiresIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateInstitutionDto } from './institution.dto';
import { InstitutionsService } from './institutions.service';
import { CreatePlanDto, UpdatePlanDto } from './plan.dto';
import { PlanWritesService } from './plan-writes.service';
import { InstitutionListQuery, PlanListQuery, PlanScopedQuery } from './plan.dto';
import {
  BedTargetPage,
  IndicatorPage,
  InstitutionPage,
  InstitutionView,
  PlanPage,
  PlanView,
  ProgramList,
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
    private readonly planWrites: PlanWritesService,
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
  @ApiOperation({ summary: 'Get a plan', description: 'The ETag header carries its version for If-Match.' })
  @ApiOkResponse({ type: PlanView })
  async getPlan(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const plan = await this.plans.getPlan(id);
    res.setHeader('ETag', etag(plan.version));
    return plan;
  }

  @Post('plans')
  @HttpCode(201)
  @Roles('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Create a plan (admin)',
    description:
      'A plan of any division of the catalogue: a five-year plan, or an annual key-project list (startYear = endYear) ' +
      'to import a bureau’s list into (POST /imports with planCode). `code` defaults to <regionCode>-<startYear>-<endYear>. ' +
      'Emits `plan.created`.',
  })
  @ApiCreatedResponse({ type: PlanView })
  async createPlan(@Body() body: CreatePlanDto, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const plan = await this.planWrites.create(body, actorOf(principal, req));
    res.setHeader('ETag', etag(plan.version));
    res.setHeader('Location', `/api/v1/plans/${plan.id}`);
    return plan;
  }

  @Patch('plans/:id')
  @Idempotent()
  @Roles('admin')
  @RequiresIfMatch()
  @ApiOperation({
    summary: 'Change a plan (admin)',
    description: 'Title, years, document number, date of issue; its code and region stay. Send only the fields to change. Emits `plan.updated`.',
  })
  @ApiOkResponse({ type: PlanView })
  async updatePlan(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePlanDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const plan = await this.planWrites.update(id, requireIfMatch(ifMatch), body, actorOf(principal, req));
    res.setHeader('ETag', etag(plan.version));
    return plan;
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
    const institution = await this.institutions.create(body, actorOf(principal, req));
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
