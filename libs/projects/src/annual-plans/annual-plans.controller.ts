import { Body, Controller, Get, Headers, Param, ParseIntPipe, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses, requireIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { PutAnnualPlanDto } from './annual-plan.dto';
import { AnnualPlanList, AnnualPlanView } from './annual-plan.views';
import { AnnualPlansService } from './annual-plans.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('annual plans')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller('projects')
export class AnnualPlansController {
  constructor(private readonly plans: AnnualPlansService) {}

  @Get(':id/annual-plans')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'A project’s annual plans',
    description: 'Per year: the category (新开工, 续建, 前期, 竣工), the year’s planned investment and task, and each quarter’s.',
  })
  @ApiOkResponse({ type: AnnualPlanList })
  async list(@Param('id', uuid) projectId: string): Promise<AnnualPlanList> {
    return { items: await this.plans.list(projectId) };
  }

  @Put(':id/annual-plans/:year')
  @Idempotent()
  @Roles('admin', 'finance', 'manager')
  @ApiOperation({
    summary: 'Set a project’s plan of one year',
    description:
      'Creates the year’s plan (201) or replaces it whole (200); the same values again change nothing. The year must lie ' +
      'in the plan’s period. If-Match is required once the year’s plan exists. Admins, finance, and managers for the ' +
      'projects of their own institutions. Emits `annual_plan.updated`.',
  })
  @ApiParam({ name: 'year', example: 2022 })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the year’s plan, once it exists' })
  @ApiOkResponse({ type: AnnualPlanView })
  @ApiCreatedResponse({ type: AnnualPlanView })
  @ProblemResponses(412, 428)
  async put(
    @Param('id', uuid) projectId: string,
    @Param('year', new ParseIntPipe({ errorHttpStatusCode: 400 })) planYear: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PutAnnualPlanDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnnualPlanView> {
    const expected = ifMatch?.trim() ? requireIfMatch(ifMatch) : undefined;
    const { created, plan } = await this.plans.put(projectId, planYear, body, expected, principal, actorOf(principal, req));
    res.status(created ? 201 : 200);
    if (created) res.setHeader('Location', `/api/v1/projects/${projectId}/annual-plans/${planYear}`);
    res.setHeader('ETag', etag(plan.version));
    return plan;
  }
}
