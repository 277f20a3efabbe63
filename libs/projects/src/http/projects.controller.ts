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
import { etag, Idempotent, ProblemResponses, requireIfMatch, RequiresIfMatch, sendSerialized } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateProjectDto, ProjectListQuery, UpdateProjectDto } from './project.dto';
import { ProjectPage, ProjectView } from './project.views';
import { PROJECT_SORT_FIELDS } from '../projects.repository';
import { ProjectsService } from './projects.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('projects')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List projects',
    description: `Filters combine with AND. \`q\` matches a substring of the name or content. Sort: ${PROJECT_SORT_FIELDS.map((f) => `\`${f}\``).join(', ')} (prefix \`-\` to reverse); keyset pages via \`cursor\`.`,
  })
  @ApiOkResponse({ type: ProjectPage })
  async list(@Query() query: ProjectListQuery, @Res({ passthrough: true }) res: Response) {
    return sendSerialized(res, await this.projects.list(query));
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get a project', description: 'The ETag header carries its version for If-Match.' })
  @ApiOkResponse({ type: ProjectView })
  @ProblemResponses(404)
  async get(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const project = await this.projects.get(id);
    res.setHeader('ETag', etag(project.version));
    return project;
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'manager')
  @Idempotent()
  @ApiOperation({ summary: 'Create a project', description: 'Admins, and managers for their own institutions.' })
  @ApiCreatedResponse({ type: ProjectView })
  async create(
    @Body() body: CreateProjectDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const project = await this.projects.create(body, principal, actorOf(principal, req));
    res.setHeader('ETag', etag(project.version));
    res.setHeader('Location', `/api/v1/projects/${project.id}`);
    return project;
  }

  @Patch(':id')
  @Idempotent()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Change a project', description: 'Send only the fields to change, with If-Match.' })
  @RequiresIfMatch()
  @ApiOkResponse({ type: ProjectView })
  @ProblemResponses(404)
  async update(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateProjectDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const project = await this.projects.update(id, requireIfMatch(ifMatch), body, principal, actorOf(principal, req));
    res.setHeader('ETag', etag(project.version));
    return project;
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Delete a project (admin)', description: 'Deletes its milestones, progress and funding too.' })
  @RequiresIfMatch()
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async remove(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<void> {
    await this.projects.remove(id, requireIfMatch(ifMatch), principal, actorOf(principal, req));
  }
}
