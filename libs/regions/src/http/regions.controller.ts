import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answerConditionally, ConditionalAnswer, ProblemResponses, RegionCodePipe, sendSerialized } from '@tracker/api-conventions';
import { ALL_ROLES, Roles } from '@tracker/auth';
import type { Request, Response } from 'express';
import { RegionListQuery } from './region.dto';
import { RegionDetailView, RegionPage } from './region.views';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List regions',
    description:
      'The administrative division catalogue (GB/T 2260 codes: provinces, prefecture-level cities, counties and ' +
      'districts), each with the number of plans in it and under it. Any `regionCode` filter (plans, projects, ' +
      'finance) includes the regions under the code. Sort: `code`, `name`.',
  })
  @ConditionalAnswer(RegionPage, {
    etag: 'Of this page; send it as If-None-Match to get 304 while it is unchanged',
    notModified: 'Not Modified: the page is that of the ETag sent in If-None-Match',
  })
  async list(@Query() query: RegionListQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string | undefined> {
    const { body, etag } = await this.regions.list(query);
    return answerConditionally(req, res, sendSerialized(res, body), etag);
  }

  @Get(':code')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Get a region, with the regions above it' })
  @ApiOkResponse({ type: RegionDetailView })
  get(@Param('code', RegionCodePipe) code: string) {
    return this.regions.get(code);
  }
}
