/**
 * What a column of a bureau's project sheet holds, by the words of its header. The same sheet comes with other
 * words from every county (建设单位 / 责任单位 / 项目业主; 总投资 / 计划总投资 / 估算投资), so each role lists the
 * words seen for it; a column matching none is listed in the preview as ignored, never guessed.
 */
export type SheetRole =
  | 'seq'
  | 'code'
  | 'program'
  | 'name'
  | 'institution'
  | 'content'
  | 'investment'
  | 'annualPlan'
  | 'annualTask'
  | 'cumulativeCompleted'
  | 'yearToDateCompleted'
  | 'monthCompleted'
  | 'progressText'
  | 'quarterPlan'
  | 'quarterWork'
  | 'land'
  | 'floorArea'
  | 'beds'
  | 'buildType'
  | 'started'
  | 'tier'
  | 'period'
  | 'startDate'
  | 'endDate'
  | 'remark'
  | 'personal'
  | 'ignored';

export interface ColumnRole {
  role: SheetRole;
  /** For quarterPlan and quarterWork. */
  quarter?: 1 | 2 | 3 | 4;
  /** Why an ignored column is ignored, in the words the preview shows. */
  reason?: string;
}

const QUARTER = /(?:第\s*)?([一二三四1-4])\s*季度|[Qq]([1-4])\b/;
const QUARTER_NUMBER: Record<string, 1 | 2 | 3 | 4> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONEY_WORDS = /投资|资金|金额|万元|亿元/;
// A year that is not a range: '2022年计划投资' is the annual plan, '2021-2025年计划投资' the plan's total.
const SINGLE_YEAR = /(?<![\d\-—–~至])(?:19|20)\d{2}\s*年(?!\s*[-—–~至])/;

// In order: the first rule that matches wins. Personal names first, so a '项目负责人' column is never read as
// anything; breakdowns of money ('其中：中央资金', '资金来源') before the money roles they contain words of.
const RULES: readonly [SheetRole, RegExp, string?][] = [
  ['personal', /包联|包抓|挂包|挂联|联系领导|分管领导|县级领导|责任领导|领导|责任人|负责人|联系人|经办人|填报人|电话|手机|联系方式/, '含个人信息，不导入'],
  ['seq', /^(?:序号|编号|序)$/],
  ['code', /项目代码|项目编码|统一代码|^代码$|^编码$/],
  ['program', /专栏/],
  // Before content: '项目名称及建设内容' is the name.
  ['name', /^项目名称|^项目$|^建设项目$|^项目名/],
  ['ignored', /其中|资金来源|资金渠道|筹资|融资|中央|省级|市级|县级资金|专项债|债券|自筹|财政|贷款|银行|社会资本/, '资金构成，不导入（资金来源请在项目的资金安排中维护）'],
  ['ignored', /存在问题|问题|困难/, '存在问题，不导入'],
  ['ignored', /完成率|占比|比例|百分比|%|％/, '比率，不导入（由系统计算）'],
  ['annualTask', /年度建设任务|年度建设内容|年度目标|年度任务|本年建设内容|年度建设目标|年度工作/],
  ['yearToDateCompleted', /(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月.*完成|本年.*完成|今年.*完成|年度累计|年内累计|年初至今|当年.*完成/],
  ['monthCompleted', /本月完成|当月完成|(?<![-—–~至到\d])\d{1,2}\s*月份?\s*完成/],
  ['cumulativeCompleted', /累计完成|开累|开工以来|自开工|已完成投资|完成投资|累计投资|累计到位/],
  ['progressText', /进展情况|形象进度|项目进展|工作进展|推进情况|进度情况|目前进展|建设进度|进展/],
  ['annualPlan', /年度.*投资|年度投资|本年.*投资|当年.*投资|年计划投资|投资计划|年度计划/],
  ['content', /建设内容|建设规模|主要内容|项目内容|规模及内容|内容及规模/],
  ['started', /是否开工|开工情况|开工与否|是否新开工/],
  ['buildType', /建设性质|建设类型|项目性质|项目类型|建设方式/],
  ['tier', /层次|层级|项目级别|^级别$|项目等级|重点类别/],
  ['startDate', /开工时间|开工日期|计划开工|开工年月|开工年份/],
  ['endDate', /竣工时间|竣工日期|完工时间|计划竣工|建成时间|投用时间|投产时间|竣工年月|竣工年份/],
  ['period', /建设年限|建设期限|建设周期|起止年限|建设起止|实施年限|建设年度|建设时间|起止时间|实施期限/],
  ['land', /用地|占地|土地/],
  ['floorArea', /建筑面积|面积/],
  ['beds', /床位|床数|病床/],
  ['investment', /总投资|投资总额|总额|计划投资|估算投资|概算|投资|金额/],
  ['institution', /建设单位|责任单位|项目单位|实施单位|业主单位|承建单位|项目业主|业主|医疗机构|机构名称|单位名称|医院名称|主体单位|^单位$|^机构$/],
  ['name', /项目名称/],
  ['remark', /备注|说明/],
];

/** The role of a column from its (combined) header; a header with a year or 年度 makes investment the annual plan. */
export function sheetRoleOf(header: string): ColumnRole {
  if (header === '') return { role: 'ignored', reason: '没有表头' };
  const quarter = QUARTER.exec(header);
  if (quarter) {
    const number = QUARTER_NUMBER[quarter[1] ?? quarter[2]];
    if (/完成/.test(header)) return { role: 'ignored', reason: '季度完成情况，不导入（完成投资按月填报）' };
    return MONEY_WORDS.test(header) ? { role: 'quarterPlan', quarter: number } : { role: 'quarterWork', quarter: number };
  }
  for (const [role, words, reason] of RULES) {
    if (!words.test(header)) continue;
    if (role === 'investment' && SINGLE_YEAR.test(header)) return { role: 'annualPlan' };
    return reason ? { role, reason } : { role };
  }
  return { role: 'ignored', reason: '未识别的列' };
}

/** Roles that hold figures, read strictly (a cell that is not a number is refused). */
export const FIGURE_ROLES: ReadonlySet<SheetRole> = new Set([
  'investment', 'annualPlan', 'cumulativeCompleted', 'yearToDateCompleted', 'monthCompleted', 'quarterPlan', 'land', 'floorArea', 'beds',
]);

/** Roles that may appear once: a second column of one of them leaves the tracker unsure which to read. */
export const SINGLE_ROLES: ReadonlySet<SheetRole> = new Set([
  'code', 'program', 'name', 'institution', 'content', 'investment', 'annualPlan', 'annualTask', 'cumulativeCompleted',
  'yearToDateCompleted', 'monthCompleted', 'progressText', 'land', 'floorArea', 'beds', 'buildType', 'started', 'tier', 'period',
  'startDate', 'endDate',
]);
