import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etag, Idempotent, PageQuery, ProblemResponses, requireIfMatch, RequiresIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateProblemDto, ProblemListQuery, UpdateProblemDto } from './problem.dto';
import { ProblemPage, ProblemView } from './problem.views';
import { PROBLEM_SORT_FIELDS } from './problems.repository';
import { ProblemsService } from './problems.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const SORTS = `Sort: ${PROBLEM_SORT_FIELDS.map((f) => `\`${f}\``).join(', ')} (default \`-createdAt\`); keyset pages via \`cursor\`.`;
const WRITERS = 'Admins, finance, and managers for the projects of their own institutions.';

@ApiTags('problems')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller()
export class ProblemsController {
  constructor(private readonly problems: ProblemsService) {}

  @Get('problems')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Problems (存在问题) across the portfolio',
    description: `Filters combine with AND: region (and those under it), plan, institution, project, category, status, overdue. ${SORTS}`,
  })
  @ApiOkResponse({ type: ProblemPage })
  list(@Query() query: ProblemListQuery) {
    return this.problems.list(query);
  }

  @Get('projects/:id/problems')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The problems of a project', description: SORTS })
  @ApiOkResponse({ type: ProblemPage })
  @ProblemResponses(404)
  listForProject(@Param('id', uuid) projectId: string, @Query() query: PageQuery) {
    return this.problems.listForProject(projectId, query);
  }

  @Post('projects/:id/problems')
  @HttpCode(201)
  @Roles('admin', 'finance', 'manager')
  @Idempotent()
  @ApiOperation({ summary: 'Record a problem of a project', description: `Emits \`problem.created\`. ${WRITERS}` })
  @ApiCreatedResponse({ type: ProblemView })
  @ProblemResponses(404)
  async create(
    @Param('id', uuid) projectId: string,
    @Body() body: CreateProblemDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const problem = await this.problems.create(projectId, body, principal, actorOf(principal, req));
    res.setHeader('Location', `/api/v1/problems/${problem.id}`);
    res.setHeader('ETag', etag(problem.version));
    return problem;
  }

  @Get('problems/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'A problem' })
  @ApiOkResponse({ type: ProblemView })
  @ProblemResponses(404)
  async get(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const problem = await this.problems.get(id);
    res.setHeader('ETag', etag(problem.version));
    return problem;
  }

  @Patch('problems/:id')
  @Idempotent()
  @Roles('admin', 'finance', 'manager')
  @RequiresIfMatch()
  @ApiOperation({
    summary: 'Change or resolve a problem',
    description: `\`status: resolved\` needs a \`resolution\`; \`resolvedOn\` defaults to today. Emits \`problem.updated\`. ${WRITERS}`,
  })
  @ApiOkResponse({ type: ProblemView })
  @ProblemResponses(404)
  async update(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateProblemDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const problem = await this.problems.update(id, body, requireIfMatch(ifMatch), principal, actorOf(principal, req));
    res.setHeader('ETag', etag(problem.version));
    return problem;
  }
}
