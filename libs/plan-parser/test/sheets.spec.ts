import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PlanParseError } from '../src/errors';
import { parseProjectCsv, parseProjectXlsx } from '../src/sheets/parse-sheets';

const PLAN = '510604-2021-2025';

describe('a csv project list', () => {
  const csv = [
    '罗江区十四五项目表,,,,',
    '单位：万元,,,,',
    '医疗机构名称,项目名称,建设内容及规模,计划新增用地（亩）,计划投资（万元）',
    '德阳市罗江区人民医院,"老年病区、肿瘤病区建设项目","新建综合楼一栋，建筑面积20400平方米, 地上8层",,10200',
    ',"传染病区建设项目","新建业务用房11300平方米，新增床位数100张',
    '购置相应设备""等""",20,12000',
    '合计,,,20,22200',
  ].join('\r\n');
  const { projects, warnings } = parseProjectCsv(`\ufeff${csv}`, 'list.csv', PLAN);

  it('finds the header below the title rows', () => {
    expect(projects.map((p) => p.name)).toEqual(['老年病区、肿瘤病区建设项目', '传染病区建设项目']);
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    expect(projects[0].content).toBe('新建综合楼一栋，建筑面积20400平方米, 地上8层');
    expect(projects[1].content).toBe('新建业务用房11300平方米，新增床位数100张\n购置相应设备"等"');
  });

  it('numbers each record by the line it starts on', () => {
    expect(projects.map((p) => p.source)).toEqual([
      { file: 'list.csv', line: 4 },
      { file: 'list.csv', line: 5 },
    ]);
  });

  it('inherits the institution, reads figures and quantities, checks the 合计', () => {
    expect(projects[1]).toMatchObject({
      institutionName: '德阳市罗江区人民医院',
      landMu: '20',
      investmentWan: '12000',
      beds: 100,
      floorAreaM2: '11300',
      code: expect.stringMatching(/^510604-2021-2025-Z0-[0-9a-f]{8}$/),
    });
    expect(warnings).toEqual([]);
  });

  it('takes the money unit from a 单位 title row', () => {
    const text = ['单位：亿元', '项目名称,总投资', '住院楼,1.5', '门诊楼,0.25'].join('\n');
    expect(parseProjectCsv(text, 'yi.csv', PLAN).projects.map((p) => p.investmentWan)).toEqual(['15000', '2500']);
  });

  it('warns when the 合计 row disagrees with the rows', () => {
    const text = ['项目名称,计划投资（万元）', '住院楼,100', '门诊楼,200.5', '合计,300'].join('\n');
    expect(parseProjectCsv(text, 'sum.csv', PLAN).warnings.map((w) => w.message)).toEqual([
      '合计 investment is 300 but the rows add up to 300.5',
    ]);
  });

  it('leaves money and land columns that are not the plan’s figures alone, and reads a 建设性质 column', () => {
    const text = ['项目名称,建设性质,资金来源,已完成投资（万元）,计划投资（万元）,床位数', '分院,新建,中央预算内投资,300,29720,400', '门诊楼,改扩建,自筹,,100,'].join('\n');
    const { projects } = parseProjectCsv(text, 'cols.csv', PLAN);
    expect(projects.map((p) => [p.investmentWan, p.buildType, p.beds])).toEqual([
      ['29720', 'new', 400],
      ['100', 'expansion', null],
    ]);
  });

  it('reads a 专栏 column as the program number', () => {
    const text = ['专栏,项目名称,投资（万元）', '专栏2,住院楼,100', '3,门诊楼,200'].join('\n');
    expect(parseProjectCsv(text, 'p.csv', PLAN).projects.map((p) => p.programNumber)).toEqual([2, 3]);
  });
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('项目');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('an xlsx project list', () => {
  it('reads title row, header and rows back, figures exact', async () => {
    const buffer = await workbook([
      ['罗江区项目表'],
      ['单位：万元'],
      ['序号', '医疗机构名称', '项目名称', '建设内容及规模', '计划新增用地（亩）', '计划投资（万元）', '建设年限', '备注'],
      [1, '德阳市罗江区人民医院', '门诊大楼改造项目', '1.门诊楼改造19295.23平方米；2.医废站改造800平方米', null, 10024.5, '2021-2023', '已立项'],
      [2, null, '传染病区建设项目', { richText: [{ text: '新建业务用房11300平方米，' }, { text: '新增床位数100张' }] }, 20, 12000, '2022年', null],
      ['合计', null, null, null, 20, 22024.5, null, null],
    ]);
    const { projects, warnings } = await parseProjectXlsx(buffer, 'list.xlsx', PLAN);
    expect(warnings).toEqual([]);
    expect(projects).toHaveLength(2);
    expect(projects[0]).toMatchObject({
      institutionName: '德阳市罗江区人民医院',
      name: '门诊大楼改造项目',
      investmentWan: '10024.5',
      floorAreaM2: '20095.23',
      renovationAreaM2: '20095.23',
      buildType: 'renovation',
      startYear: 2021,
      endYear: 2023,
      remark: '已立项',
      source: { file: 'list.xlsx', line: 4 },
    });
    expect(projects[1]).toMatchObject({ institutionName: '德阳市罗江区人民医院', landMu: '20', beds: 100, startYear: 2022, endYear: 2022 });
  });

  it('converts a sheet kept in 亿元', async () => {
    const buffer = await workbook([['单位：亿元'], ['项目名称', '计划投资'], ['分院建设项目', 2.972], ['住院大楼', 0.1]]);
    const { projects } = await parseProjectXlsx(buffer, 'yi.xlsx', PLAN);
    expect(projects.map((p) => p.investmentWan)).toEqual(['29720', '1000']);
  });

  it('lets a column header’s unit override the title row', async () => {
    const buffer = await workbook([['单位：亿元'], ['项目名称', '计划投资（万元）'], ['分院建设项目', 29720]]);
    expect((await parseProjectXlsx(buffer, 'mixed.xlsx', PLAN)).projects[0].investmentWan).toBe('29720');
  });

  it('names the row and column of a malformed figure', async () => {
    const buffer = await workbook([['项目名称', '计划投资（万元）'], ['住院楼', '1O200']]);
    await expect(parseProjectXlsx(buffer, 'bad.xlsx', PLAN)).rejects.toThrow('row 2, column 计划投资（万元）: "1O200" is not a number');
  });

  it('refuses a sheet without a recognisable header', async () => {
    const buffer = await workbook([['名称', '金额'], ['住院楼', 100]]);
    await expect(parseProjectXlsx(buffer, 'nohead.xlsx', PLAN)).rejects.toThrow(/no header row with a 项目名称 column/);
  });

  it('stops reading at the row limit', async () => {
    const rows: unknown[][] = [['项目名称', '计划投资（万元）']];
    for (let i = 0; i < 60; i++) rows.push([`项目${i}`, i]);
    const buffer = await workbook(rows);
    await expect(parseProjectXlsx(buffer, 'long.xlsx', PLAN, { limits: { maxSheetRows: 50 } })).rejects.toThrow('long.xlsx has more than 50 rows');
    expect((await parseProjectXlsx(buffer, 'long.xlsx', PLAN)).projects).toHaveLength(60);
  });

  it('refuses a workbook whose zip declares more than it may expand to, before reading it', async () => {
    const buffer = await workbook([['项目名称'], ['住院楼']]);
    await expect(parseProjectXlsx(buffer, 'small.xlsx', PLAN, { limits: { maxUncompressedBytes: 1000 } })).rejects.toThrow(/zip bomb/);
    // A zip whose directory claims a 3 GB part: refused from the directory alone.
    const bomb = Buffer.from(buffer);
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(3_000_000_000, entry + 24);
    await expect(parseProjectXlsx(bomb, 'bomb.xlsx', PLAN)).rejects.toThrow(/expands to more than/);
  });

  it('refuses what is not a workbook', async () => {
    await expect(parseProjectXlsx(Buffer.from('not a zip at all'), 'fake.xlsx', PLAN)).rejects.toThrow(PlanParseError);
    await expect(parseProjectXlsx(Buffer.alloc(0), 'empty.xlsx', PLAN)).rejects.toThrow('empty.xlsx is empty');
  });
});
