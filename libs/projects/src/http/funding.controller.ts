import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etag, Idempotent, ProblemResponses, requireIfMatch } from '@tracker/api-conventions';
import { actorOf, ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { ReplaceFundingDto } from './funding.dto';
import { FundingService } from './funding.service';
import { FundingView } from './funding.views';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('funding')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller('projects')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get(':id/funding')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Funding lines of a project',
    description:
      'Where the money comes from (中央预算内投资, 专项债券, 财政资金, 自筹, 社会资本), the exact total, and whether it ' +
      'balances the planned investment. The ETag is the project’s version, for If-Match on PUT.',
  })
  @ApiOkResponse({ type: FundingView })
  async get(@Param('id', uuid) projectId: string, @Res({ passthrough: true }) res: Response) {
    const funding = await this.funding.get(projectId);
    res.setHeader('ETag', etag(funding.version));
    return funding;
  }

  @Put(':id/funding')
  @Idempotent()
  @Roles('admin', 'finance')
  @ApiOperation({
    summary: 'Replace the funding lines of a project',
    description:
      'Replaces the whole set (at most 50 lines; an empty list clears it) in one transaction. A funding change is ' +
      'a change of the project: its `version` goes up by one. If-Match is required and refers to the project’s ' +
      'version (the ETag of GET /projects/{id} or GET /projects/{id}/funding): 428 without it, 412 when stale. ' +
      'Admins and finance.',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The project’s ETag, e.g. "3"' })
  @ApiOkResponse({ type: FundingView })
  @ProblemResponses(412, 428)
  async replace(
    @Param('id', uuid) projectId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ReplaceFundingDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const funding = await this.funding.replace(projectId, requireIfMatch(ifMatch), body, actorOf(principal, req));
    res.setHeader('ETag', etag(funding.version));
    return funding;
  }
}
