import { describe, expect, it } from '@jest/globals';
import { parsePlanDocument } from '../src/document';
import { lineOf, planText, regions } from './fixtures';

const BEDS = [
  '\t专栏4        床位现状及配置目标',
  '',
  '\t年份',
  '',
  '机构类别',
  '\t2020年',
  '\t2025年',
  '',
  '\t',
  '\t机构数（个）',
  '\t床位数（张）',
  '\t机构数（个）',
  '\t床位数（张）',
  '',
  '\t县级综合医院',
  '\t1',
  '\t499',
  '\t2（含金山镇中心卫生院）',
  '\t600（含金山100张）',
  '',
  '\t社区卫生服务中心',
  '\t1',
  '\t20',
  '\t2-3',
  '\t20',
  '',
  '\t传染病区',
  '\t',
  '\t',
  '\t0（区人民医院传染病区）',
  '\t100',
  '',
  '\t精神病区',
  '\t0（区人民医院精神病区）',
  '\t纳入区人民医院总床位数',
  '\t0（区人民医院精神病区）',
  '\t纳入区人民医院总床位数',
  '',
  '\t社会办医（不含诊所）',
  '\t3（民营医院）',
  '\t95',
  '\t4-5',
  '\t不设上限',
  '',
  '\t合计',
  '\t5',
  '\t614',
  '\t8-10',
  '\t720',
  '',
  '',
];

describe('a bed configuration table', () => {
  const text = planText(...BEDS);
  const doc = parsePlanDocument(text, 'beds.txt', { regions });

  it('is a beds program', () => {
    expect(doc.programs[0]).toMatchObject({ number: 4, kind: 'beds', declared: null });
  });

  it('reads a two-row header of years over counts and beds', () => {
    expect(doc.bedTargets[0]).toMatchObject({ subject: '县级综合医院', subjectKind: 'category', baselineYear: 2020, targetYear: 2025 });
  });

  it('keeps each cell verbatim beside its figure', () => {
    expect(doc.bedTargets[0]).toMatchObject({
      baselineCount: 1,
      baselineCountText: '1',
      baselineBeds: 499,
      targetCount: 2,
      targetCountText: '2（含金山镇中心卫生院）',
      targetBeds: 600,
      targetBedsText: '600（含金山100张）',
      source: { file: 'beds.txt', line: lineOf(text, '\t县级综合医院') },
    });
  });

  it('counts a range at its upper bound and prose as nothing', () => {
    expect(doc.bedTargets[1]).toMatchObject({ targetCount: 3, targetCountText: '2-3' });
    expect(doc.bedTargets[3]).toMatchObject({
      baselineCount: 0,
      baselineCountText: '0（区人民医院精神病区）',
      baselineBeds: null,
      baselineBedsText: '纳入区人民医院总床位数',
    });
    expect(doc.bedTargets[4]).toMatchObject({ targetCount: 5, targetCountText: '4-5', targetBeds: null, targetBedsText: '不设上限' });
  });

  it('leaves empty cells null', () => {
    expect(doc.bedTargets[2]).toMatchObject({ baselineCount: null, baselineCountText: null, targetCount: 0, targetBeds: 100 });
  });

  it('checks the 合计 row, adding ranges as ranges', () => {
    expect(doc.bedTargets.map((b) => b.subject)).not.toContain('合计');
    expect(doc.bedReconciliation).toEqual([
      { programNumber: 4, measure: 'baselineCount', declaredText: '5', computedText: '5', reconciled: true },
      { programNumber: 4, measure: 'baselineBeds', declaredText: '614', computedText: '614', reconciled: true },
      { programNumber: 4, measure: 'targetCount', declaredText: '8-10', computedText: '8-10', reconciled: true },
      { programNumber: 4, measure: 'targetBeds', declaredText: '720', computedText: '720', reconciled: true },
    ]);
  });
});

describe('a per-institution bed table with one target column', () => {
  const text = planText(
    '表2 区属重点公立医疗机构编制床位配置表',
    '',
    '机构名称\t院区\t2025年编制床位配置目标（个）',
    '区人民医院\t万达新区\t1000',
    '苏稽镇中心卫生院 (县域医疗卫生次中心)\t本部\t300',
    '',
    '二、人力配置',
  );
  const doc = parsePlanDocument(text, 'beds.txt', { regions });

  it('names institutions, with the designation and campus apart', () => {
    expect(doc.bedTargets[1]).toMatchObject({
      subject: '苏稽镇中心卫生院',
      subjectKind: 'institution',
      subjectNote: '县域医疗卫生次中心',
      campus: '本部',
      baselineYear: 2020,
      targetYear: 2025,
      baselineBeds: null,
      targetBeds: 300,
      targetBedsText: '300',
    });
    expect(doc.institutions.map((i) => [i.name, i.category])).toEqual([
      ['区人民医院', 'general_hospital'],
      ['苏稽镇中心卫生院', 'township_health_center'],
    ]);
  });
});
