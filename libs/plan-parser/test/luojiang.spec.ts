import { beforeAll, expect, it } from '@jest/globals';
import type { ParsedPlanDocument } from '../src/types';
import { describeWithSeeds, lineText, seedDocument } from './seed-documents';

const FILE = '003_4027c28a8168d5a8.txt';

describeWithSeeds('德阳市罗江区 (003): project tables with 合计 rows', () => {
  let doc: ParsedPlanDocument;
  beforeAll(() => {
    doc = seedDocument(FILE);
  });

  it('reads the plan', () => {
    expect(doc.plan).toEqual({
      code: '510604-2021-2025',
      title: '德阳市罗江区“十四五”卫生健康事业发展规划',
      regionCode: '510604',
      regionName: '德阳市罗江区',
      regionLevel: 'district',
      parentRegion: { code: '510600', name: '德阳市' },
      periodStart: 2021,
      periodEnd: 2025,
      documentNumber: null,
      issuedOn: '2022-10-21',
      source: { file: FILE, line: 1 },
    });
  });

  it('finds 专栏1–8 with their kinds', () => {
    expect(doc.programs.map((p) => [p.number, p.kind, p.source.line])).toEqual([
      [1, 'indicators', 168],
      [2, 'projects', 466],
      [3, 'projects', 543],
      [4, 'beds', 568],
      [5, 'projects', 658],
      [6, 'projects', 787],
      [7, 'projects', 882],
      [8, 'projects', 928],
    ]);
    expect(doc.programs[1].title).toBe('县级医疗机构强水平建设项目');
  });

  it('reads every 合计 and reconciles each exactly', () => {
    const declared = Object.fromEntries(doc.programs.filter((p) => p.declared).map((p) => [p.number, p.declared]));
    expect(declared).toEqual({
      2: { landMu: '131.2', investmentWan: '90444' },
      3: { landMu: '20', investmentWan: '3000' },
      5: { landMu: '70', investmentWan: '16350' },
      6: { landMu: '34.4', investmentWan: '11635' },
      7: { landMu: null, investmentWan: '5000' },
      8: { landMu: null, investmentWan: '5000' },
    });
    expect(doc.reconciliation).toHaveLength(6);
    for (const check of doc.reconciliation) {
      expect(check.reconciled).toBe(true);
      expect(check.computed.investmentWan).toBe(check.declared.investmentWan);
      expect(check.difference.investmentWan).toBe('0');
      if (check.declared.landMu !== null) expect(check.difference.landMu).toBe('0');
    }
  });

  it('reads the expected number of projects in each 专栏, and the projects the text names outside them', () => {
    const counts: Record<number, number> = {};
    for (const project of doc.projects) counts[project.programNumber ?? 0] = (counts[project.programNumber ?? 0] ?? 0) + 1;
    // 22 table rows, and 8 projects curated from the prose (no 专栏).
    expect(counts).toEqual({ 0: 8, 2: 8, 3: 1, 5: 5, 6: 6, 7: 1, 8: 1 });
    expect(doc.projects.find((p) => p.name === '罗江康养中心')).toMatchObject({ beds: 100, programNumber: null, source: { line: 122 } });
    expect(doc.projects.find((p) => p.name === '增设社区卫生服务站')).toMatchObject({ count: { min: 5, max: 7 }, buildType: 'new', source: { line: 542 } });
  });

  it('reads each project’s figures, content quantities and line', () => {
    const byName = (institution: string | null, name: string) =>
      doc.projects.find((p) => p.institutionName === institution && p.name === name);
    expect(byName('德阳市罗江区人民医院', '传染病区建设项目')).toMatchObject({
      landMu: '20', investmentWan: '12000', floorAreaM2: '11300', newBuildAreaM2: '11300', beds: 100, buildType: 'new', source: { line: 492 },
    });
    expect(byName('德阳市罗江区人民医院', '门诊大楼改造、检验检测等功能提升建设项目')).toMatchObject({
      investmentWan: '10024', floorAreaM2: '20095.23', renovationAreaM2: '20095.23', buildType: 'renovation', source: { line: 499 },
    });
    expect(byName('德阳市罗江区中医医院', '德阳市罗江区中医医院分院建设项目')).toMatchObject({
      landMu: '80', investmentWan: '29720', floorAreaM2: '43200', beds: 400, source: { line: 513 },
    });
    expect(byName('德阳市罗江区中医医院', '德阳市罗江区中医医院分院建设项目')?.content).toContain('\n2.购置一批医疗及辅助配套设施设备和智慧化医院建设。');
    // The empty institution cells of 专栏2 inherit 德阳市罗江区人民医院; each project cites its name's line.
    const tableRows = doc.projects.filter((p) => p.programNumber !== null);
    expect(tableRows.filter((p) => p.institutionName === '德阳市罗江区人民医院').map((p) => p.source.line)).toEqual([478, 485, 492, 499, 506]);
    expect(byName('德阳市罗江区人民医医院', '精神病区改扩建项目')).toMatchObject({
      buildType: 'expansion', floorAreaM2: '5500', newBuildAreaM2: '4500', renovationAreaM2: '1000', source: { line: 693 },
    });
    expect(byName('罗江区调元镇卫生院', '康养改扩建项目')).toMatchObject({ buildType: 'expansion', beds: 30, floorAreaM2: '2000' });
    expect(byName('罗江区鄢家镇中心卫生院', '康养建设项目')).toMatchObject({ beds: 100, landMu: '10', investmentWan: '1680' });
    expect(byName(null, '德阳市罗江区新增8-10所托育机构项目')).toMatchObject({ count: { min: 8, max: 10 }, investmentWan: '5000', source: { line: 891 } });
    for (const project of tableRows) expect(lineText(FILE, project.source.line).trim()).toBe(project.name);
  });

  it('lists its institutions and flags the one printed with a typo', () => {
    expect(doc.institutions).toHaveLength(14);
    expect(doc.institutions.find((i) => i.name === '罗江区金山镇中心卫生院')).toMatchObject({ category: 'township_health_center', source: { line: 819 } });
    expect(doc.warnings.map((w) => w.message)).toContain('机构“德阳市罗江区人民医医院”像是“德阳市罗江区人民医院”的笔误；按原文保留');
  });

  it('reads the bed configuration of 专栏4, and its 合计 adds up', () => {
    expect(doc.bedTargets.map((b) => b.subject)).toEqual([
      '县级综合医院', '中医医院', '公共卫生机构', '社区卫生服务中心', '社区卫生服务站', '乡镇卫生院', '村卫生室', '传染病区', '精神病区', '社会办医（不含诊所）',
    ]);
    expect(doc.bedTargets[0]).toMatchObject({
      subjectKind: 'category', programNumber: 4, baselineYear: 2020, targetYear: 2025,
      baselineCount: 1, baselineBeds: 499, targetCount: 2, targetCountText: '2（含金山镇中心卫生院）', targetBeds: 600, targetBedsText: '600（含金山100张）',
      source: { line: 582 },
    });
    expect(doc.bedTargets[8]).toMatchObject({ baselineCountText: '0（区人民医院精神病区）', baselineBeds: null, targetBedsText: '纳入区人民医院总床位数' });
    expect(doc.bedTargets[9]).toMatchObject({ targetCountText: '4-5', targetCount: 5, targetBeds: null, targetBedsText: '不设上限' });
    expect(doc.bedReconciliation.map((r) => [r.measure, r.declaredText, r.reconciled])).toEqual([
      ['baselineCount', '131', true],
      ['baselineBeds', '1094', true],
      ['targetCount', '90-94', true],
      ['targetBeds', '1500', true],
    ]);
  });

  it('reads the indicators of 专栏1, and skips its garbled sub-table with a warning', () => {
    expect(doc.indicators).toHaveLength(31);
    expect(doc.indicators[0]).toMatchObject({
      domain: '健康水平（指标）', name: '人均预期寿命', unit: '岁', baseline: '76.5', target: '78.5', nature: null, source: { line: 186 },
    });
    expect(doc.indicators.find((i) => i.name === '出生人口性别比')).toMatchObject({ baseline: null, baselineText: '100:105.77', targetText: '100:103-107' });
    expect(doc.indicators.find((i) => i.name === '每千常住人口医疗卫生机构床位数')).toMatchObject({
      baseline: '4.7', baselineText: '4.7(1094张）', target: '6.5', targetText: '6.5（民营不设上限）', source: { line: 288 },
    });
    expect(doc.indicators.at(-1)).toMatchObject({ name: '县办综合性医院适宜床位规模（含中医医院）', unit: '张', baseline: '619', target: '1099' });
    expect(doc.warnings.find((w) => w.line === 342)?.message).toMatch(/嵌套的子表/);
  });
});
