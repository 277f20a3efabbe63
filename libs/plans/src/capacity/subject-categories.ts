import type { INSTITUTION_CATEGORIES } from '../http/institution.dto';

export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];

/**
 * A bed table such as 罗江's 专栏4 names kinds of institution (县级综合医院, 中医医院, 公共卫生机构 …), not
 * institutions. To set the beds a plan wants of a kind against the beds its projects add, each subject is put into
 * one of the tracker's institution categories by the words it contains. First match wins, so the order matters.
 */
export const SUBJECT_CATEGORY_RULES: readonly (readonly [RegExp, InstitutionCategory])[] = [
  // A 病区 is a ward, not an institution: 罗江 lists 传染病区 and 精神病区 as wards of 区人民医院 (their beds are
  // "纳入区人民医院总床位数") and the project that builds the 传染病区 is that hospital's. So a ward goes with the
  // general hospitals, before 精神 would send it to the specialist hospitals.
  [/病区/, 'general_hospital'],
  // Privately run beds (社会办医, 民营医院): the plans count them apart, without a cap, and no public category holds them.
  [/社会办|民营/, 'other'],
  [/妇幼|妇女儿童|妇儿|保健院/, 'maternal_child'],
  [/中医|中西医结合/, 'tcm_hospital'],
  [/精神|专科|肿瘤|传染病医院/, 'specialist_hospital'],
  [/疾控|疾病预防控制/, 'cdc'],
  [/公共卫生|血站|急救|监督/, 'public_health'],
  [/社区/, 'community_health_center'],
  // 乡镇卫生院 and 中心卫生院 alike.
  [/卫生院/, 'township_health_center'],
  [/卫生室/, 'village_clinic'],
  [/养老|医养|康养|护理院/, 'elderly_care'],
  [/托育|托幼/, 'childcare'],
  // 县级综合医院, 人民医院: any other hospital, once the specific kinds above had their chance.
  [/医院/, 'general_hospital'],
];

// The declared total row of a bed table: the plan's total, never a category of its own.
const TOTAL_ROW = /^\s*(合\s*计|总\s*计)/;

export function isTotalSubject(subject: string): boolean {
  return TOTAL_ROW.test(subject);
}

export function categoryOfSubject(subject: string): InstitutionCategory {
  for (const [words, category] of SUBJECT_CATEGORY_RULES) if (words.test(subject)) return category;
  return 'other';
}
