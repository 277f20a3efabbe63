import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { ALL_ROLES, Roles } from '@tracker/auth';
import { BedCapacityQuery } from './capacity.dto';
import { CapacityService } from './capacity.service';
import { PlanCapacityList } from './capacity.views';

const DESCRIPTION = `
Per plan (filter by \`planId\` or \`regionCode\`) and per institution category: the beds of the baseline year and
the target the plan sets, against the beds its projects add, so a planner sees whether the projects reach the target.

- **Categories.** A bed table's rows are put into the tracker's institution categories: a row naming an institution
  (乐山's 表2) by that institution's category; a row naming a kind (罗江's 专栏4) by its words, first match wins:
  病区 (a ward of the county hospital) → general_hospital; 社会办/民营 → other; 妇幼/妇女儿童/保健院 → maternal_child;
  中医 → tcm_hospital; 精神/专科/肿瘤 → specialist_hospital; 疾控 → cdc; 公共卫生/血站/急救/监督 → public_health;
  社区 → community_health_center; 卫生院 (乡镇, 中心) → township_health_center; 卫生室 → village_clinic;
  养老/医养/康养 → elderly_care; 托育 → childcare; any other 医院 → general_hospital; the rest → other.
  Rows of one category add up. A 合计 row is the plan's total, never a category.
- **Targets.** \`targetBeds\` is null where the plan sets none or says 不设上限; each category lists its rows with
  the cells verbatim in \`subjects\`.
- **Added beds.** Summed by the database from the projects of the plan whose institution is of the category:
  planned and preparing → \`planned\`; under_construction → \`underConstruction\`; completed and in_service →
  \`inService\`; suspended and cancelled are left out; a project without a bed figure adds none.
  \`projectedBeds\` = \`baselineBeds\` + \`addedBeds.total\` (null without a baseline), \`reachesTarget\` =
  \`projectedBeds\` ≥ \`targetBeds\` (null when either is unknown).
- **Totals.** The table's 合计 row when stored, else the sum of its rows (uncapped rows left out of the target, as
  the plans' own 合计 do); added beds of the whole plan, including projects of no institution.
- **Beds per 1,000.** Where the plan has the all-institution indicator (每千常住人口医疗卫生机构床位数): its baseline and
  target, and the projected ratio = baseline ratio × \`totals.projectedBeds\` / \`totals.baselineBeds\`, rounded to
  2 decimals. The plans do not state the population: the baseline ratio implies it, and it is held at that level.
`.trim();

@ApiTags('plans')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
// A path of its own: PlansController answers the bed-target rows on `GET /beds`.
@Controller('beds/capacity')
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Bed capacity: the plan’s bed targets against the beds its projects add', description: DESCRIPTION })
  @ApiOkResponse({ type: PlanCapacityList })
  async bedCapacity(@Query() query: BedCapacityQuery): Promise<PlanCapacityList> {
    return { items: await this.capacity.capacity(query) };
  }
}
