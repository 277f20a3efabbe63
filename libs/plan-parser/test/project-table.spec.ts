import { describe, expect, it } from '@jest/globals';
import { parsePlanDocument } from '../src/document';
import { PlanParseError } from '../src/errors';
import { lineOf, planText, regions } from './fixtures';

// The plans' layout: every cell on its own line starting with a TAB; a cell runs on over lines without a TAB
// (blank lines included); a blank line before a TAB line starts the next row.
const BOX = [
  '\t专栏2             县级医疗机构建设项目',
  '',
  '\t医疗机构',
  '',
  '名称',
  '\t项目名称',
  '\t建设内容及规模',
  '\t计划新',
  '',
  '增用地',
  '',
  '（亩）',
  '\t计划投资',
  '',
  '（万元）',
  '\t备注',
  '',
  '\t县人民医院',
  '\t住院楼建设项目',
  '\t1.新建住院楼12000平方米，设置床位300张。',
  '',
  '2.购置设备。',
  '\t20.5',
  '\t10000',
  '\t',
  '',
  '\t',
  '\t门诊楼改造项目',
  '\t门诊楼改造3000平方米',
  '\t',
  '\t2500.25',
  '\t2022年完工',
  '',
  '\t县中医医院',
  '\t康养改扩建项目',
  '\t改扩建业务用房2000平方米、床位数30张。',
  '\t4.4',
  '\t1000',
  '\t',
  '',
  '\t合计',
  '\t',
  '\t24.9',
  '\t13500.25',
  '\t',
  '',
  '',
  '基层医疗机构提能力。这一段是正文，不属于表格。',
];

function parse(lines: string[]) {
  const text = planText(...lines);
  return { text, doc: parsePlanDocument(text, 'fixture.txt', { regions }) };
}

describe('a project table in the plans’ layout', () => {
  const { text, doc } = parse(BOX);

  it('finds the 专栏 with its number and title', () => {
    expect(doc.programs).toHaveLength(1);
    expect(doc.programs[0]).toMatchObject({ number: 2, label: '专栏2', title: '县级医疗机构建设项目', kind: 'projects' });
    expect(doc.programs[0].source.line).toBe(lineOf(text, BOX[0]));
  });

  it('reads headers broken over lines by their meaning', () => {
    expect(doc.projects[0].landMu).toBe('20.5');
    expect(doc.projects[0].investmentWan).toBe('10000');
  });

  it('keeps a cell that runs on past a blank line, verbatim', () => {
    expect(doc.projects[0].content).toBe('1.新建住院楼12000平方米，设置床位300张。\n2.购置设备。');
    expect(doc.projects[0]).toMatchObject({ floorAreaM2: '12000', newBuildAreaM2: '12000', beds: 300, buildType: 'new' });
  });

  it('gives an empty institution cell the institution of the row above', () => {
    expect(doc.projects.map((p) => p.institutionName)).toEqual(['县人民医院', '县人民医院', '县中医医院']);
    expect(doc.institutions.map((i) => i.name)).toEqual(['县人民医院', '县中医医院']);
  });

  it('leaves empty figure cells null and keeps the remark', () => {
    expect(doc.projects[1]).toMatchObject({ landMu: null, investmentWan: '2500.25', remark: '2022年完工', buildType: 'renovation' });
  });

  it('records the line that names each project, even under an empty institution cell', () => {
    expect(doc.projects.map((p) => p.source.line)).toEqual([
      lineOf(text, '\t住院楼建设项目'),
      lineOf(text, '\t门诊楼改造项目'),
      lineOf(text, '\t康养改扩建项目'),
    ]);
    expect(doc.institutions[1].source.line).toBe(lineOf(text, '\t县中医医院'));
    expect(doc.projects[0].source.file).toBe('fixture.txt');
  });

  it('reads the 合计 row, which lacks a cell, by meaning and reconciles it exactly', () => {
    expect(doc.programs[0].declared).toEqual({ landMu: '24.9', investmentWan: '13500.25' });
    expect(doc.reconciliation).toEqual([
      {
        programNumber: 2,
        declared: { landMu: '24.9', investmentWan: '13500.25' },
        computed: { landMu: '24.9', investmentWan: '13500.25' },
        difference: { landMu: '0', investmentWan: '0' },
        reconciled: true,
      },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('stops at the prose after the table', () => {
    expect(doc.projects.every((p) => !p.content?.includes('正文'))).toBe(true);
  });
});

describe('line endings', () => {
  it('reads a document saved with CRLF the same way', () => {
    const crlf = parsePlanDocument(planText(...BOX).replace(/\n/g, '\r\n'), 'fixture.txt', { regions });
    const lf = parsePlanDocument(planText(...BOX), 'fixture.txt', { regions });
    expect(crlf.projects).toEqual(lf.projects);
    expect(crlf.programs).toEqual(lf.programs);
  });
});

describe('a 合计 that the rows do not reach', () => {
  it('is reported, not adjusted', () => {
    const lines = BOX.map((line) => (line === '\t13500.25' ? '\t13600.25' : line));
    const { doc } = parse(lines);
    expect(doc.reconciliation[0]).toMatchObject({ reconciled: false, difference: { landMu: '0', investmentWan: '100' } });
    expect(doc.warnings.map((w) => w.message).join()).toMatch(/专栏2的合计与各行不符/);
  });
});

describe('a 合计 row with fewer cells than the header', () => {
  it('puts its figures under land and investment, not by position', () => {
    // 合计, then straight to the figures and the remark: 4 cells under 6 columns (as 专栏6 of 罗江区).
    const lines = [...BOX.slice(0, BOX.indexOf('\t合计')), '\t合计', '\t24.9', '\t13500.25', '\t', '', ''];
    const { doc } = parse(lines);
    expect(doc.programs[0].declared).toEqual({ landMu: '24.9', investmentWan: '13500.25' });
    expect(doc.reconciliation[0].reconciled).toBe(true);
  });

  it('puts a lone figure under investment when only investment has figures', () => {
    const lines = [
      '\t专栏7    托幼机构建设项目',
      '',
      '\t项目名称',
      '\t建设内容及规模',
      '\t计划投资',
      '',
      '（万元）',
      '\t备注',
      '',
      '\t新增8-10所托育机构项目',
      '\t新建8-10所托育机构',
      '\t5000',
      '\t',
      '',
      '\t合计',
      '\t5000',
      '',
      '',
    ];
    const { doc } = parse(lines);
    expect(doc.programs[0].declared).toEqual({ landMu: null, investmentWan: '5000' });
    expect(doc.projects[0]).toMatchObject({ institutionName: null, count: { min: 8, max: 10 }, buildType: 'new' });
  });
});

describe('a data row with fewer cells than the header', () => {
  it('is aligned by meaning, with a warning', () => {
    // The 县中医医院 row loses its empty remark cell: 5 cells under 6 columns.
    const at = BOX.indexOf('\t县中医医院');
    const lines = [...BOX.slice(0, at + 5), ...BOX.slice(at + 6)];
    const { text, doc } = parse(lines);
    expect(doc.projects[2]).toMatchObject({ institutionName: '县中医医院', landMu: '4.4', investmentWan: '1000', remark: null });
    expect(doc.warnings).toEqual([{ line: lineOf(text, '\t县中医医院'), message: 'row has 5 of 6 cells; aligned by meaning' }]);
    expect(doc.reconciliation[0].reconciled).toBe(true);
  });
});

describe('units in headers', () => {
  it('converts 亿元 to 万元 exactly and reads 建设年限', () => {
    const lines = [
      '\t专栏3    基层项目',
      '',
      '\t建设单位',
      '\t项目名称',
      '\t总投资（亿元）',
      '\t用地面积（平方米）',
      '\t建设年限',
      '',
      '\t县人民医院',
      '\t住院楼',
      '\t1.2345',
      '\t2000',
      '\t2021-2025',
      '',
      '',
    ];
    const { doc } = parse(lines);
    expect(doc.projects[0]).toMatchObject({ investmentWan: '12345', landMu: '3', startYear: 2021, endYear: 2025 });
  });
});

describe('a malformed figure', () => {
  it('is an error naming the line and the column', () => {
    const lines = BOX.map((line) => (line === '\t10000' ? '\t1O200' : line));
    const text = planText(...lines);
    const line = lineOf(text, '\t1O200');
    expect(() => parsePlanDocument(text, 'fixture.txt', { regions })).toThrow(
      new PlanParseError(`第 ${line} 行（计划投资（万元））：“1O200”不是数字`, line, '计划投资（万元）'),
    );
    try {
      parsePlanDocument(text, 'fixture.txt', { regions });
    } catch (error) {
      expect(error).toBeInstanceOf(PlanParseError);
      expect((error as PlanParseError).line).toBe(line);
      expect((error as PlanParseError).cell).toBe('计划投资（万元）');
    }
  });
});
