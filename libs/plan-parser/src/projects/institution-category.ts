import type { InstitutionCategory } from '../types';

// First match wins: 妇女儿童医院 is maternal and child care before it is a hospital, 中医医院 is TCM, and
// 中心卫生院 is a township health centre although it says 中心.
const RULES: readonly [InstitutionCategory, RegExp][] = [
  ['maternal_child', /妇幼|妇女儿童|妇儿|保健院/],
  ['tcm_hospital', /中医医院|中医院|中西医结合医院|中医/],
  ['cdc', /疾病预防控制|疾控/],
  ['community_health_center', /社区卫生服务(?:中心|站)|社区医院/],
  ['township_health_center', /卫生院/],
  ['village_clinic', /村卫生室|卫生室/],
  ['childcare', /托育|托幼|幼儿照护/],
  ['elderly_care', /养老|医养|康养|护理院/],
  ['general_hospital', /医院/],
  ['public_health', /血站|急救中心|监督|公共卫生|应急/],
];

export function institutionCategoryOf(name: string): InstitutionCategory {
  for (const [category, words] of RULES) if (words.test(name)) return category;
  return 'other';
}
