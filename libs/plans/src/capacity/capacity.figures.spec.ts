import { describe, expect, it } from '@jest/globals';
import { categoryCapacities, NO_ADDED_BEDS, planTotals, type BedSubject } from './capacity.figures';
import { categoryOfSubject, isTotalSubject } from './subject-categories';

const row = (subject: string, baselineBeds: number | null, targetBeds: number | null, targetBedsText = targetBeds === null ? null : String(targetBeds)): BedSubject => ({
  subject,
  subjectKind: 'category',
  institutionCategory: null,
  baselineBeds,
  baselineBedsText: baselineBeds === null ? null : String(baselineBeds),
  targetBeds,
  targetBedsText,
  source: { file: null, line: null },
});

describe('the subjects of bed tables', () => {
  it('map to the tracker’s institution categories', () => {
    const subjects = {
      县级综合医院: 'general_hospital',
      中医医院: 'tcm_hospital',
      公共卫生机构: 'public_health',
      社区卫生服务中心: 'community_health_center',
      社区卫生服务站: 'community_health_center',
      乡镇卫生院: 'township_health_center',
      中心卫生院: 'township_health_center',
      村卫生室: 'village_clinic',
      传染病区: 'general_hospital',
      精神病区: 'general_hospital',
      精神病医院: 'specialist_hospital',
      肿瘤医院: 'specialist_hospital',
      妇幼保健院: 'maternal_child',
      疾病预防控制中心: 'cdc',
      '社会办医（不含诊所）': 'other',
      医养结合机构: 'elderly_care',
      托育机构: 'childcare',
      诊所: 'other',
    };
    expect(Object.fromEntries(Object.keys(subjects).map((s) => [s, categoryOfSubject(s)]))).toEqual(subjects);
  });

  it('know the total row', () => {
    expect(['合计', '合 计', '总计'].map(isTotalSubject)).toEqual([true, true, true]);
    expect(isTotalSubject('县级综合医院')).toBe(false);
  });
});

describe('capacity figures', () => {
  const added = (total: number) => ({ ...NO_ADDED_BEDS, planned: total, total });

  it('adds up the subjects of one category and leaves an uncapped category without a target', () => {
    const rows = [row('社区卫生服务中心', 20, 20), row('社区卫生服务站', 0, 0), row('社会办医（不含诊所）', 95, null, '不设上限')];
    const categories = categoryCapacities(rows, new Map([['other', added(10)]]));
    expect(categories.map(({ subjects: _, ...c }) => c)).toEqual([
      { category: 'community_health_center', baselineBeds: 20, targetBeds: 20, addedBeds: NO_ADDED_BEDS, projectedBeds: 20, reachesTarget: true },
      { category: 'other', baselineBeds: 95, targetBeds: null, addedBeds: added(10), projectedBeds: 105, reachesTarget: null },
    ]);
    expect(categories[1].subjects[0]).not.toHaveProperty('institutionCategory');
  });

  it('does not read an absent baseline as 0', () => {
    const [general] = categoryCapacities([row('区人民医院', null, 1000)], new Map([['general_hospital', added(100)]]));
    expect(general).toMatchObject({ baselineBeds: null, targetBeds: 1000, projectedBeds: null, reachesTarget: null });
  });

  it('lists a category its projects add beds to even when the table does not name it', () => {
    expect(categoryCapacities([], new Map([['elderly_care', added(30)], ['cdc', NO_ADDED_BEDS]])).map((c) => c.category)).toEqual([
      'elderly_care',
    ]);
  });

  it('totals the rows as the plans do, or takes the 合计 row', () => {
    const rows = [row('县级综合医院', 499, 600), row('传染病区', null, 100), row('社会办医（不含诊所）', 95, null, '不设上限')];
    expect(planTotals(rows, added(690))).toEqual({
      baselineBeds: 594,
      targetBeds: 700,
      addedBeds: added(690),
      projectedBeds: 1284,
      reachesTarget: true,
      basis: 'subjects',
    });
    expect(planTotals([...rows, row('合计', 1094, 1500)], NO_ADDED_BEDS)).toMatchObject({ baselineBeds: 1094, targetBeds: 1500, basis: 'total_row' });
    expect(planTotals([], NO_ADDED_BEDS)).toMatchObject({ baselineBeds: null, targetBeds: null, projectedBeds: null, basis: 'none' });
  });
});
