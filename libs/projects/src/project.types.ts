/** The vocabulary of projects, as the API and the database spell it. */
export const BUILD_TYPES = ['new', 'expansion', 'renovation', 'relocation', 'other'] as const;
export type BuildType = (typeof BUILD_TYPES)[number];

export const PROJECT_STATUSES = [
  'planned',
  'preparing',
  'under_construction',
  'completed',
  'in_service',
  'suspended',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const FUNDING_SOURCES = [
  'central_budget', // 中央预算内投资
  'special_bonds', // 地方政府专项债券
  'fiscal', // 财政资金
  'self_raised', // 自筹
  'private_capital', // 社会资本
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_STATUSES = ['planned', 'secured', 'received'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
