import { describe, expect, it } from '@jest/globals';
import { parsePlanDocument } from '../src/document';
import { lineOf, planText, regions } from './fixtures';

describe('an indicator table, one row per line', () => {
  const text = planText(
    '表 1 主要发展指标',
    '',
    '领域\t序号\t主要指标\t2020年\t2025年\t指标性质',
    '健康水平\t1\t人均预期寿命（岁）\t78.84\t79.5\t预期性',
    '\t2\t孕产妇死亡率（/10万）\t0\t≤14.5\t约束性',
    '健康服务\t3\t每千人口床位数（张）\t4.7(1094张）\t6.5（民营不设上限）\t指导性',
    '\t4\t医护比\t1:0.94\t—\t预期性',
    '\t5\t重大慢性病过早死亡率（%）\t较 2015 年下降 10%\t持续改善\t',
    '',
    '下一段正文。',
  );
  const doc = parsePlanDocument(text, 'ind.txt', { regions });

  it('reads each indicator with its unit split from the name', () => {
    expect(doc.indicators[0]).toMatchObject({
      domain: '健康水平',
      name: '人均预期寿命',
      unit: '岁',
      baseline: '78.84',
      baselineText: '78.84',
      target: '79.5',
      nature: 'expected',
      source: { file: 'ind.txt', line: lineOf(text, '健康水平\t1\t人均预期寿命（岁）\t78.84\t79.5\t预期性') },
    });
  });

  it('maps 约束性 / 预期性 / 指导性', () => {
    expect(doc.indicators.map((i) => i.nature)).toEqual(['expected', 'binding', 'guiding', 'expected', null]);
  });

  it('keeps comparison and prose values as text, with a figure where there is one', () => {
    expect(doc.indicators[1]).toMatchObject({ domain: '健康水平', unit: '/10万', targetText: '≤14.5', target: '14.5' });
    expect(doc.indicators[2]).toMatchObject({ baselineText: '4.7(1094张）', baseline: '4.7', targetText: '6.5（民营不设上限）', target: '6.5' });
    expect(doc.indicators[3]).toMatchObject({ baseline: null, baselineText: '1:0.94', target: null, targetText: '—' });
    expect(doc.indicators[4]).toMatchObject({ baseline: null, baselineText: '较 2015 年下降 10%', target: null, targetText: '持续改善' });
  });
});

// 平罗县's table: cell per line, a header over three rows, rows split by the conversion.
const SPLIT = [
  '“十四五”时期卫生健康事业发展指标',
  '',
  '',
  ...['序号', '领域', '主要指标', '单位', '2020', '2025 年', '指标', ''].map((c) => `\t${c}`),
  '',
  ...Array<string>(8).fill('\t'),
  '',
  ...['', '', '', '', '年值', '目标值', '属性', ''].map((c) => `\t${c}`),
  '',
  '\t1',
  '\t健康',
  '水平',
  '\t人均预期寿命',
  '\t岁',
  '\t76.46',
  '\t78.2',
  '\t预期性',
  '\t',
  '',
  ...['2', '', '其中：每千人口中医类别', '人', '0.44', '0.59', '预期性', ''].map((c) => `\t${c}`),
  '',
  ...['', '', '执业（助理）医师数', '', '', '', '', ''].map((c) => `\t${c}`),
  '',
  ...['3', '', '二级及以上综合性医院设置       %           '].map((c) => `\t${c}`),
  '老年医学科的比例',
  ...['*', '≥60', '预期性', ''].map((c) => `\t${c}`),
  '',
  ...['4', '', '城市空气质量优良天数比率', '%', '79.7', '≥85', '约束性', ''].map((c) => `\t${c}`),
  '',
  ...['5', '健康', '地表水达到或好于Ⅲ类水体比例', '%', '93.3', '≥90', '约束性', ''].map((c) => `\t${c}`),
  '',
  ...['', '环境', '', '', '', '', '', ''].map((c) => `\t${c}`),
  '',
  ...['6', '', '国家卫生县城数量占比', '%', '0', '100', '预期性', ''].map((c) => `\t${c}`),
  '',
  ...['7', '健康', '城乡居民医保住院费用支付比例', '%', '65', '维持在'].map((c) => `\t${c}`),
  '70%左右',
  '\t约束性',
  '\t',
  '',
  ...['', '保障', '', '', '', '维持在'].map((c) => `\t${c}`),
  '85%左右',
  '\t',
  '\t',
  '',
  ...['8', '', '职工医保住院费用支付比例', '%', '81.4', '', '约束性', ''].map((c) => `\t${c}`),
  '',
  '',
  '三、主要任务',
];

describe('an indicator table split by the conversion', () => {
  const text = planText(...SPLIT);
  const doc = parsePlanDocument(text, 'split.txt', { regions });
  const byName = (name: string) => doc.indicators.find((i) => i.name === name);

  it('is the table its heading introduces, numbered though the document gives no number', () => {
    expect(doc.programs[0]).toMatchObject({ kind: 'indicators', title: '“十四五”时期卫生健康事业发展指标', numberInferred: true });
    expect(doc.indicators).toHaveLength(8);
  });

  it('merges a header spread over three rows', () => {
    expect(doc.indicators[0]).toMatchObject({ name: '人均预期寿命', unit: '岁', baseline: '76.46', target: '78.2', nature: 'expected' });
  });

  it('joins a name continued on a row of its own', () => {
    expect(doc.indicators[1].name).toBe('其中：每千人口中医类别执业（助理）医师数');
  });

  it('splits a unit the conversion ran into the name cell', () => {
    expect(byName('二级及以上综合性医院设置老年医学科的比例')).toMatchObject({ unit: '%', baselineText: '*', baseline: null, target: '60' });
  });

  it('gives a value centred between two rows to the row that lacks one', () => {
    expect(byName('城乡居民医保住院费用支付比例')?.targetText).toBe('维持在70%左右');
    expect(byName('职工医保住院费用支付比例')?.targetText).toBe('维持在85%左右');
    expect(doc.warnings.some((w) => w.message.includes('维持在85%左右'))).toBe(true);
  });

  it('reads a domain label centred in its merged cell as covering the row above it too', () => {
    expect(doc.indicators.map((i) => i.domain)).toEqual([
      '健康水平',
      '健康水平',
      '健康水平',
      '健康环境',
      '健康环境',
      '健康环境',
      '健康保障',
      '健康保障',
    ]);
  });
});

describe('an indicator table with a nested sub-table', () => {
  it('reads the rows that fit and warns about the rest', () => {
    const text = planText(
      '\t专栏1    主要指标',
      '',
      '\t领域',
      '\t主要指标',
      '\t现状值（2020年）',
      '\t目标值（2025年）',
      '',
      '\t医疗服务',
      '\t医护比',
      '\t1:0.94',
      '\t1:1.1',
      '',
      '\t',
      '\t学历占比',
      '\t县级及以上',
      '\t研究生',
      '',
      '\t卫技人员专业素质',
      '\t学历',
      '\t县级及以上',
      '\t本科',
      '\t0.45%',
      '\t0.69%',
      '',
      '',
      '三、重点任务',
    );
    const doc = parsePlanDocument(text, 'nested.txt', { regions });
    expect(doc.indicators.map((i) => i.name)).toEqual(['医护比']);
    expect(doc.warnings).toEqual([
      { line: lineOf(text, '\t学历占比') - 1, message: expect.stringContaining('嵌套的子表') },
    ]);
  });
});
