import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses, type Page } from '@tracker/api-conventions';
import { CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { MyProjectsQuery } from './my-projects.dto';
import { DUE_WITHIN_DAYS } from './my-projects.repository';
import { MyProjectsService } from './my-projects.service';
import { MyProjectPage, type MyProjectView } from './my-projects.views';

/** 我的项目: a manager's home, the projects of their institutions with what needs them first. */
@ApiTags('me')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller()
export class MyProjectsController {
  constructor(private readonly myProjects: MyProjectsService) {}

  @Get('me/projects')
  @Roles('manager')
  @ApiOperation({
    summary: 'My projects, what needs me first',
    description:
      'Managers only: the projects of the key’s institutions (or of one of them: `institutionId`). Ordered by `attention`: ' +
      '`overdue` (an open milestone past its planned date, or an open round’s report past its due date), then `unreported` (an open round’s ' +
      `report not submitted), then \`due\` (an open milestone due within ${DUE_WITHIN_DAYS} days), then \`none\`; within each, the earliest date ` +
      'that needs attention first, then by id. Dates are days of the plan’s time zone. Sort: `attention` only; keyset pages via `cursor`.',
  })
  @ApiOkResponse({ type: MyProjectPage })
  list(@Query() query: MyProjectsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<MyProjectView>> {
    return this.myProjects.list(query, principal);
  }
}
