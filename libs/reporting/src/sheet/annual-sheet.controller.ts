import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { ALL_ROLES, Roles } from '@tracker/auth';
import type { Response } from 'express';
import { AnnualSheetQuery } from './annual-sheet.dto';
import { AnnualSheetService } from './annual-sheet.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const LAYOUT =
  'The bureau’s 投资路线图 / 进展情况表: title with region, year and month; 单位：万元; 序号, 项目名称, 层次, 责任单位, 总投资, ' +
  '年度计划投资, 年度建设任务, 建设性质, 是否开工, N月进展情况, 累计完成投资, each quarter’s 工作内容及形象进度 and 投资, 项目代码; ' +
  'a 合计 row; projects in sections by annual category. A month’s figures appear where its report was approved in its round ' +
  '(or, with no round, as reported). Importing the file into the same plan (POST /imports?planCode=…) changes nothing.';

@ApiTags('reporting rounds')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 404, 429)
@Controller('plans')
export class AnnualSheetController {
  constructor(private readonly sheets: AnnualSheetService) {}

  @Get(':id/annual-sheet.xlsx')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The plan’s annual sheet of a month, as .xlsx', description: LAYOUT })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(@Param('id', uuid) planId: string, @Query() query: AnnualSheetQuery, @Res({ passthrough: true }) res: Response) {
    const { fileName, xlsx } = await this.sheets.xlsx(planId, query.year, query.period);
    res.setHeader('Content-Disposition', attachment(`${fileName}.xlsx`));
    return new StreamableFile(xlsx);
  }

  @Get(':id/annual-sheet.csv')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The plan’s annual sheet of a month, as .csv', description: `${LAYOUT} UTF-8 with a BOM.` })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@Param('id', uuid) planId: string, @Query() query: AnnualSheetQuery, @Res({ passthrough: true }) res: Response) {
    const { fileName, csv } = await this.sheets.csv(planId, query.year, query.period);
    res.setHeader('Content-Disposition', attachment(`${fileName}.csv`));
    return csv;
  }
}

/** RFC 6266: an ASCII fallback and the Chinese name in UTF-8. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
