/** The kinds of milestone, from 立项 to 投入使用, as the API and the database spell them. */
export const MILESTONE_KINDS = [
  'approval', // 立项
  'feasibility', // 可研批复
  'design', // 初步设计批复
  'permit', // 施工许可
  'groundbreaking', // 开工
  'topping_out', // 主体封顶
  'completion', // 竣工验收
  'in_service', // 投入使用
  'custom',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
