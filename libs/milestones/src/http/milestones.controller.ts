import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { etag, Idempotent, PageQuery, ProblemResponses, requireIfMatch, RequiresIfMatch, sendSerialized } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateMilestoneDto, MilestoneListQuery, UpdateMilestoneDto } from './milestone.dto';
import { MilestoneList, MilestonePage, MilestoneView } from './milestone.views';
import { STANDARD_NAMES, STANDARD_SEQUENCES } from '../templates';
import { MILESTONE_SORT_FIELDS } from '../milestones.repository';
import { MilestonesService } from './milestones.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const SORTS = `Sort: ${MILESTONE_SORT_FIELDS.map((f) => `\`${f}\``).join(', ')} (default \`plannedDate\`; prefix \`-\` to reverse); keyset pages via \`cursor\`.`;
const STATUS = '`status` is derived: `done` with an actual date, `overdue` once the planned date is past in the plan’s time zone, else `pending`.';
const WRITERS = 'Admins, and managers for the projects of their own institutions.';
// Written from the templates themselves, so the documentation cannot drift from what the endpoint creates.
const SEQUENCES = Object.entries(STANDARD_SEQUENCES)
  .map(([buildType, kinds]) => `\`${buildType}\`: ${kinds.map((kind) => `${kind} (${STANDARD_NAMES[kind]})`).join(' → ')}`)
  .join('; ');
const STANDARD = [
  `Creates the standard milestones of the project’s build type — ${SEQUENCES}.`,
  'Planned dates are spread evenly from 1 March of the project’s start year to 31 December of its end year',
  '(the plan’s period stands in for a missing year), first on the first day, last on the last; adjust them afterwards with PATCH.',
  'Refused with 409 when the project already has a milestone of any of these kinds (custom ones do not count), so it never duplicates.',
  `All are created in one transaction, each audited with a \`milestone.created\` event. ${WRITERS}`,
].join(' ');

@ApiTags('milestones')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller()
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get('milestones')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List milestones across the portfolio',
    description: `Filters combine with AND; \`dueBefore\`/\`dueAfter\` bound the planned date (exclusive). ${STATUS} ${SORTS}`,
  })
  @ApiOkResponse({ type: MilestonePage })
  async list(@Query() query: MilestoneListQuery, @Res({ passthrough: true }) res: Response) {
    return sendSerialized(res, await this.milestones.list(query));
  }

  @Get('projects/:id/milestones')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List the milestones of a project', description: `${STATUS} ${SORTS}` })
  @ApiOkResponse({ type: MilestonePage })
  @ProblemResponses(404)
  async listForProject(@Param('id', uuid) projectId: string, @Query() query: PageQuery, @Res({ passthrough: true }) res: Response) {
    return sendSerialized(res, await this.milestones.listForProject(projectId, query));
  }

  @Post('projects/:id/milestones')
  @HttpCode(201)
  @Roles('admin', 'manager')
  @Idempotent()
  @ApiOperation({ summary: 'Add a milestone to a project', description: `${WRITERS} \`actualDate\` must not be in the future.` })
  @ApiCreatedResponse({ type: MilestoneView })
  @ProblemResponses(404)
  async create(
    @Param('id', uuid) projectId: string,
    @Body() body: CreateMilestoneDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const milestone = await this.milestones.create(projectId, body, principal, actorOf(principal, req));
    res.setHeader('ETag', etag(milestone.version));
    res.setHeader('Location', `/api/v1/milestones/${milestone.id}`);
    return milestone;
  }

  @Post('projects/:id/milestones/standard')
  @HttpCode(201)
  @Roles('admin', 'manager')
  @Idempotent()
  @ApiOperation({ summary: 'Add the standard milestones of the project’s build type', description: STANDARD })
  @ApiCreatedResponse({ type: MilestoneList, description: 'The milestones created, in planned order' })
  @ProblemResponses(404)
  async createStandard(
    @Param('id', uuid) projectId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MilestoneList> {
    const items = await this.milestones.createStandard(projectId, principal, actorOf(principal, req));
    res.setHeader('Location', `/api/v1/projects/${projectId}/milestones`);
    return { items };
  }

  @Get('milestones/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get a milestone', description: `The ETag header carries its version for If-Match. ${STATUS}` })
  @ApiOkResponse({ type: MilestoneView })
  @ProblemResponses(404)
  async get(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const milestone = await this.milestones.get(id);
    res.setHeader('ETag', etag(milestone.version));
    return milestone;
  }

  @Patch('milestones/:id')
  @Idempotent()
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Change a milestone',
    description: `Send only the fields to change, with If-Match. Record completion by setting \`actualDate\`; null reopens it. ${WRITERS}`,
  })
  @RequiresIfMatch()
  @ApiOkResponse({ type: MilestoneView })
  @ProblemResponses(404)
  async update(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateMilestoneDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const milestone = await this.milestones.update(id, requireIfMatch(ifMatch), body, principal, actorOf(principal, req));
    res.setHeader('ETag', etag(milestone.version));
    return milestone;
  }

  @Delete('milestones/:id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Delete a milestone', description: `With If-Match. ${WRITERS}` })
  @RequiresIfMatch()
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async remove(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<void> {
    await this.milestones.remove(id, requireIfMatch(ifMatch), principal, actorOf(principal, req));
  }
}
