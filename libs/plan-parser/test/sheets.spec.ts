import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanParseError } from '../src/errors';
import { parseProjectSheet, type ProjectSheetOptions } from '../src/sheets/project-sheet';
import { readWorkbook } from '../src/sheets/read-workbook';
import type { ParsedProjectSheet } from '../src/sheets/sheet-types';
import { COUNTY_PROJECTS, countySheet, csvOf, xlsOf, xlsxOf, type SheetSpec } from './county-sheet';
import { craftZip, repeated, workbookParts } from './crafted-zip';
import { encodeGb18030 } from './gb18030';

const PLAN = { planCode: '510604-2022-2022', planYears: { start: 2022, end: 2022 } };

async function parse(buffer: Buffer | string, fileName: string, options: Partial<ProjectSheetOptions> = {}): Promise<ParsedProjectSheet> {
  const workbook = await readWorkbook(typeof buffer === 'string' ? Buffer.from(buffer) : buffer, fileName);
  return parseProjectSheet(workbook, { fileName, ...PLAN, ...options });
}

/** The error a parse fails with (the test fails if it does not). */
async function refusal(run: () => Promise<unknown>): Promise<PlanParseError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanParseError);
    return error as PlanParseError;
  }
  throw new Error('expected the sheet to be refused');
}

const ALL = [...COUNTY_PROJECTS.continuing, ...COUNTY_PROJECTS.fresh];

describe.each([
  ['xlsx', async (spec: SheetSpec) => xlsxOf(spec), '重点项目.xlsx'],
  ['xls', async (spec: SheetSpec) => xlsOf(spec), '重点项目.xls'],
  ['csv', async (spec: SheetSpec) => Buffer.from(csvOf(spec)), '重点项目.csv'],
] as const)("a county's annual key-project sheet as %s", (format, write, fileName) => {
  let sheet: ParsedProjectSheet;
  const read = async () => (sheet ??= await parse(await write(countySheet()), fileName));

  it('finds the two-row header under the title and unit rows, and reads the year and month from the title', async () => {
    const s = await read();
    expect(s.format).toBe(format);
    expect(s.headerRows).toEqual([3, 4]);
    expect(s.year).toBe(2022);
    expect(s.period).toBe('2022-05');
    expect(s.units.money).toBe('万元');
    expect(s.title).toBe('罗江区2022年重点项目5月进展情况表');
  });

  it('understands every column or says why it ignores it; a personal name column is never read', async () => {
    const s = await read();
    expect(s.columns.map((c) => [c.letter, c.role, c.quarter ?? null])).toEqual([
      ['A', 'seq', null], ['B', 'name', null], ['C', 'tier', null], ['D', 'institution', null], ['E', 'investment', null],
      ['F', 'annualPlan', null], ['G', 'annualTask', null], ['H', 'buildType', null], ['I', 'started', null], ['J', 'progressText', null],
      ['K', 'cumulativeCompleted', null], ['L', 'quarterWork', 1], ['M', 'quarterPlan', 1], ['N', 'quarterWork', 2], ['O', 'quarterPlan', 2],
      ['P', 'quarterWork', 3], ['Q', 'quarterPlan', 3], ['R', 'quarterWork', 4], ['S', 'quarterPlan', 4], ['T', 'personal', null],
    ]);
    expect(s.columns.find((c) => c.letter === 'M')?.header).toBe('一季度工作计划投资');
    expect(s.columns.find((c) => c.letter === 'T')).toMatchObject({ header: '包联领导', ignored: '含个人信息，不导入' });
    const everything = JSON.stringify(s);
    for (const project of ALL) expect(everything).not.toContain(project.leader);
  });

  it('reads each project with its tier, category, annual plan, quarters and progress', async () => {
    const s = await read();
    expect(s.projects).toHaveLength(5);
    const first = s.projects[0];
    expect(first).toMatchObject({
      row: 7,
      name: '罗江区人民医院住院综合楼建设项目',
      institutionName: '德阳市罗江区人民医院',
      tier: '市重点',
      started: true,
      investmentWan: '29720',
      annual: {
        year: 2022,
        category: 'continuing',
        planWan: '8000',
        task: '完成主体结构封顶',
        quarters: [
          { quarter: 1, planWan: '1500', work: '基础施工' },
          { quarter: 2, planWan: '2500', work: '主体施工' },
          { quarter: 3, planWan: '2500', work: '主体封顶' },
          { quarter: 4, planWan: '1500', work: '砌体工程' },
        ],
      },
      progress: { period: '2022-05', cumulativeWan: '12000.5', yearToDateWan: null, monthWan: null, text: '主体结构施工至六层' },
    });
    // 续建 says nothing of the build itself; 新建, 迁建 and 改扩建 do. The section heading gives the category
    // where the row's own 建设性质 does not.
    expect(s.projects.map((p) => [p.buildType, p.annual?.category, p.started])).toEqual([
      ['other', 'continuing', true],
      ['other', 'continuing', true],
      ['new', 'new', false],
      ['relocation', 'new', true],
      ['expansion', 'new', true],
    ]);
  });

  it('sums every figure column and reconciles the 合计 row above the rows', async () => {
    const s = await read();
    expect(s.sums).toEqual({
      investmentWan: '49220',
      annualPlanWan: '16000.25',
      cumulativeCompletedWan: '20650.5',
      q1PlanWan: '3150',
      q2PlanWan: '4750',
      q3PlanWan: '4750.25',
      q4PlanWan: '3350',
    });
    expect(s.totals).toHaveLength(1);
    expect(s.totals[0]).toMatchObject({ row: 5, kind: 'total', reconciled: true, rows: { from: 7, to: 12 } });
    expect(s.totals[0].measures.map((m) => m.measure)).toEqual([
      'investmentWan', 'annualPlanWan', 'cumulativeCompletedWan', 'q1PlanWan', 'q2PlanWan', 'q3PlanWan', 'q4PlanWan',
    ]);
  });

  it('skips the section rows with a warning that names them', async () => {
    const s = await read();
    expect(s.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/第 6 行：“一、续建项目”是分组行，已跳过（其下项目的年度类别：续建）$/)]),
    );
    expect(s.rowsSkipped).toBe(3);
  });
});

describe('units', () => {
  it('reads 亿元 stated only in the title as 亿元, 10,000 万元 each', async () => {
    const spec = countySheet({ title: '罗江区2022年重点项目5月进展情况表（亿元）', unitRow: null, scale: 0.0001 });
    const s = await parse(await xlsxOf(spec), 'yi.xlsx');
    expect(s.units.money).toBe('亿元');
    expect(s.projects[0].investmentWan).toBe('29720');
    expect(s.sums.investmentWan).toBe('49220');
    expect(s.totals[0].reconciled).toBe(true);
  });

  it('refuses a title and a unit row that state different money units, naming both cells', async () => {
    const spec = countySheet({ title: '罗江区2022年重点项目5月进展情况表（单位：亿元）', unitRow: '单位：万元' });
    const error = await refusal(() => parse(Buffer.from(csvOf(spec)), 'both.csv'));
    expect(error.message).toBe('第 2 行 S 列：写着“单位：万元”，而第 1 行 A 列写着“罗江区2022年重点项目5月进展情况表（单位：亿元）”：金额单位不一致，无法确定按哪个单位读取');
  });

  it('refuses a header whose unit contradicts the unit row', async () => {
    const text = ['单位：万元', '项目名称,总投资（亿元）', '住院楼,1.5'].join('\n');
    const error = await refusal(() => parse(text, 'header.csv'));
    expect(error.message).toMatch(/^第 2 行 B 列（总投资（亿元））：表头的金额单位是亿元，而第 1 行 A 列写着“单位：万元”/);
  });

  it('takes a header’s own unit where nothing else states one', async () => {
    const text = ['项目名称,总投资（亿元）,用地（公顷）,建筑面积（万平方米）', '住院楼,1.5,2,1.2'].join('\n');
    const [project] = (await parse(text, 'units.csv')).projects;
    expect(project).toMatchObject({ investmentWan: '15000', landMu: '30', floorAreaM2: '12000' });
  });

  it('reads 万元 where no unit is stated, and says so', async () => {
    const s = await parse(['项目名称,总投资', '住院楼,1200'].join('\n'), 'none.csv');
    expect(s.projects[0].investmentWan).toBe('1200');
    expect(s.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('没有注明金额单位'));
  });

  it('rounds 元 to 0.01 万元 with a warning naming the cell', async () => {
    const s = await parse(['单位：元', '项目名称,总投资', '住院楼,1234567'].join('\n'), 'yuan.csv');
    expect(s.projects[0].investmentWan).toBe('123.46');
    expect(s.warnings.map((w) => w.message)).toContainEqual('第 3 行：B 列（总投资）123.4567 万元 按 0.01 万元取整为 123.46 万元');
  });
});

describe('refusals name the sheet, row and column, and say why', () => {
  it('a number that is not a number; full-width digits and thousands separators are numbers', async () => {
    const ok = await parse(['项目名称,建设单位,床位,总投资（万元）', '住院楼,人民医院,１２０,"12,300"'].join('\n'), 'ok.csv');
    expect(ok.projects[0]).toMatchObject({ beds: 120, investmentWan: '12300' });
    const error = await refusal(() => parse(['项目名称,建设单位,床位,总投资（万元）', '住院楼,人民医院,120,"12,3O0"'].join('\n'), 'bad.csv'));
    expect(error.message).toBe('第 2 行 D 列（总投资（万元））：“12,3O0”不是数字');
    expect(error.place).toEqual({ row: 2, column: 'D', header: '总投资（万元）', sheet: undefined });
  });

  it('a row with a cell beyond the header, in a workbook', async () => {
    const spec: SheetSpec = { name: '项目表', rows: [['项目名称', '总投资'], ['住院楼', 100, 20]] };
    const error = await refusal(async () => parse(await xlsxOf(spec), 'wide.xlsx'));
    expect(error.message).toBe('工作表“项目表”第 2 行 C 列：“20”在表头之外（表头只到 B 列“总投资”）；这一行的单元格可能错位了，请核对后重新导入');
  });

  it('two columns that could both be the total investment', async () => {
    const error = await refusal(() => parse(['项目名称,总投资,估算投资', '住院楼,100,120'].join('\n'), 'two.csv'));
    expect(error.message).toMatch(/C 列（估算投资）：与 B 列（总投资）都可以读作总投资/);
  });

  it('the same project twice', async () => {
    const error = await refusal(() => parse(['项目名称,建设单位', '住院楼建设项目,人民医院', '住院楼（建设）,人民医院'].join('\n'), 'twice.csv'));
    expect(error.message).toBe('第 3 行 A 列（项目名称）：与第 2 行是同一个项目（名称和建设单位相同）；请合并或删去其中一行');
  });

  it('completed investment with no month to hold it', async () => {
    const error = await refusal(() => parse(['2022年重点项目', '项目名称,累计完成投资', '住院楼,100'].join('\n'), 'month.csv'));
    expect(error.message).toMatch(/有完成投资列（B 列“累计完成投资”），但不能确定截至哪一年哪一月/);
    const given = await parse(['2022年重点项目', '项目名称,累计完成投资', '住院楼,100'].join('\n'), 'month.csv', { period: '2022-06' });
    expect(given.projects[0].progress).toMatchObject({ period: '2022-06', cumulativeWan: '100' });
  });

  it('an annual plan of a year outside the plan', async () => {
    const error = await refusal(() => parse(['2023年重点项目', '项目名称,年度计划投资', '住院楼,100'].join('\n'), 'year.csv'));
    expect(error.message).toMatch(/年度 2023 不在规划期 2022–2022 年内/);
  });

  it('a figure in a row without a project name', async () => {
    const error = await refusal(() => parse(['项目名称,总投资', '住院楼,100', ',50'].join('\n'), 'nameless.csv'));
    expect(error.message).toBe('第 3 行 B 列（总投资）：这一行有数字但没有项目名称，无法确定属于哪个项目');
  });

  it('a 是否开工 that is neither yes nor no', async () => {
    const error = await refusal(() => parse(['项目名称,是否开工', '住院楼,大概'].join('\n'), 'started.csv'));
    expect(error.message).toBe('第 2 行 B 列（是否开工）：“大概”不能判断是否开工（请填“是”或“否”）');
  });

  it('a sheet without a project header', async () => {
    const error = await refusal(() => parse(['名称,金额', '住院楼,100'].join('\n'), 'nohead.csv'));
    expect(error.message).toMatch(/没有找到项目表/);
  });
});

describe('workbooks of several sheets', () => {
  const notes: SheetSpec = { name: '填表说明', rows: [['请按要求填写'], ['单位：万元']] };
  const list: SheetSpec = { name: '项目表', rows: [['项目名称', '总投资'], ['住院楼', 100]] };
  const other: SheetSpec = { name: '储备项目', rows: [['项目名称', '总投资'], ['门诊楼', 50]] };

  it('finds the one with project rows and says what it did not read', async () => {
    const s = await parse(await xlsxOf(notes, list), 'book.xlsx');
    expect(s.sheet).toBe('项目表');
    expect(s.otherSheets).toEqual([{ name: '填表说明', reason: '没有项目表表头' }]);
  });

  it('refuses to guess between two, and reads the one named', async () => {
    const book = await xlsxOf(list, other);
    const error = await refusal(() => parse(book, 'two.xlsx'));
    expect(error.message).toMatch(/有 2 个工作表含项目表（“项目表”、“储备项目”），无法确定导入哪一个/);
    expect((await parse(book, 'two.xlsx', { sheet: '储备项目' })).projects.map((p) => p.name)).toEqual(['门诊楼']);
    expect((await refusal(() => parse(book, 'two.xlsx', { sheet: '没有' }))).message).toMatch(/没有名为“没有”的工作表/);
  });
});

describe('text encodings of a csv', () => {
  const text = ['项目名称,建设单位,总投资（万元）', '住院楼,罗江区人民医院,100'].join('\r\n');
  const expectRead = (s: ParsedProjectSheet) => expect(s.projects[0]).toMatchObject({ name: '住院楼', institutionName: '罗江区人民医院', investmentWan: '100' });

  it('UTF-8 with and without a byte order mark', async () => {
    expectRead(await parse(text, 'plain.csv'));
    expectRead(await parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'bom.csv'));
  });

  it('GB18030 (Excel’s CSV on a Chinese Windows) and UTF-16 with its mark', async () => {
    const gb = encodeGb18030(text);
    expectRead(await parse(gb, 'gbk.csv'));
    expectRead(await parse(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16.csv'));
  });
});

describe('cell values', () => {
  it('keeps what Excel shows: 15 significant digits, dates as dates', async () => {
    const spec: SheetSpec = {
      rows: [['项目名称', '总投资', '开工时间', '竣工时间'], ['住院楼', 0.1 + 0.2, new Date(Date.UTC(2022, 2, 15)), '2024年6月']],
    };
    const [project] = (await parse(await xlsxOf(spec), 'values.xlsx')).projects;
    expect(project).toMatchObject({ investmentWan: '0.3', startYear: 2022, endYear: 2024 });
  });

  it('survives 10,000 rows of Chinese text, every cell exact (no character split between chunks)', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `第${i}号乡镇卫生院业务用房及周转宿舍建设项目（含医疗设备购置）`.repeat(1 + (i % 3)));
    const spec: SheetSpec = { rows: [['项目名称', '建设单位', '总投资'], ...names.map((name, i) => [name, `罗江区第${i}卫生院`, i + 0.5])] };
    const workbook = await readWorkbook(await xlsxOf(spec), 'big.xlsx');
    const rows = workbook.sheets[0].rows;
    expect(rows).toHaveLength(10_001);
    const wrong = rows.slice(1).filter((row, i) => row.cells[0] !== names[i] || row.cells[1] !== `罗江区第${i}卫生院` || row.cells[2] !== String(i + 0.5));
    expect(wrong).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain('\ufffd');
  });
});

describe('workbooks made to hurt', () => {
  it('stops inflating at the limit whatever the zip directory declares', async () => {
    const spec: SheetSpec = { rows: [['项目名称', '备注'], ['住院楼', 'x'.repeat(9000)], ['门诊楼', 'y'.repeat(9000)]] };
    const honest = await xlsxOf(spec);
    const error = await refusal(() => readWorkbook(honest, 'small.xlsx', { maxUncompressedBytes: 5000 }));
    expect(error.message).toMatch(/解压后超过 5000 字节，已停止读取/);
    // The same file with every part claiming to be 10 bytes: counted as inflated, it is stopped all the same.
    const lying = Buffer.from(honest);
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      lying.writeUInt32LE(10, at + 24);
    }
    expect((await refusal(() => readWorkbook(lying, 'lying.xlsx', { maxUncompressedBytes: 5000 }))).message).toMatch(/已停止读取/);
  });

  it('refuses a cell longer than a cell may be, and a sheet longer than the row limit', async () => {
    const long = await xlsxOf({ rows: [['项目名称'], ['住'.repeat(12_000)]] });
    expect((await refusal(() => readWorkbook(long, 'long.xlsx'))).message).toMatch(/超过上限 10000/);
    const many = await xlsxOf({ rows: [['项目名称'], ...Array.from({ length: 60 }, (_, i) => [`项目${i}`])] });
    expect((await refusal(() => readWorkbook(many, 'many.xlsx', { maxSheetRows: 50 }))).message).toMatch(/超过 50 行/);
  });

  describe('a zip crafted with node:zlib', () => {
    const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const SHEET_TAIL = '</sheetData></worksheet>';
    function* rowsOf(count: number): Generator<string> {
      yield SHEET_HEAD;
      yield '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>总投资</t></is></c></row>';
      let batch = '';
      for (let r = 2; r <= count + 1; r++) {
        batch += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>第${r}号卫生院业务用房</t></is></c><c r="B${r}"><v>${r}.5</v></c></row>`;
        if (batch.length > 64 * 1024) {
          yield batch;
          batch = '';
        }
      }
      yield batch;
      yield SHEET_TAIL;
    }

    it('is read when honest (the crafted format is a workbook the reader accepts)', async () => {
      const workbook = await readWorkbook(await craftZip(workbookParts('项目表', rowsOf(3))), 'crafted.xlsx');
      expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['项目表']);
      expect(workbook.sheets[0].rows.map((row) => row.cells)).toEqual([
        ['项目名称', '总投资'],
        ['第2号卫生院业务用房', '2.5'],
        ['第3号卫生院业务用房', '3.5'],
        ['第4号卫生院业务用房', '4.5'],
      ]);
    });

    it('stops at the inflate limit when the directory understates a part (12 MB declared as 1 KB)', async () => {
      // About 12 MB of rows, declared as 1,024 bytes in the local header and in the central directory.
      const parts = workbookParts('项目表', rowsOf(120_000)).map((part) => (part.name.includes('sheet1') ? { ...part, declaredSize: 1024 } : part));
      const bomb = await craftZip(parts);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const error = await refusal(() => readWorkbook(bomb, 'bomb.xlsx', { maxUncompressedBytes: 1024 * 1024, maxSheetRows: 1_000_000 }));
      expect(error.message).toBe(`bomb.xlsx 解压后超过 ${1024 * 1024} 字节，已停止读取（可能是“zip 炸弹”，或工作簿过大）`);
    });

    it('refuses a 100-million-character cell by its sheet, row and column, before it is held whole', async () => {
      const bomb = await craftZip(
        workbookParts('项目表', [
          SHEET_HEAD,
          '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>',
          '<row r="2"><c r="A2" t="inlineStr"><is><t>住院楼</t></is></c><c r="B2" t="inlineStr"><is><t>',
          ...repeated('A', 1_000_000, 100),
          '</t></is></c></row>',
          SHEET_TAIL,
        ]),
      );
      expect(bomb.length).toBeLessThan(1024 * 1024); // 100 MB of text, under a few hundred KB zipped
      const error = await refusal(() => readWorkbook(bomb, 'long-cell.xlsx'));
      expect(error.message).toMatch(/^long-cell\.xlsx 工作表“项目表”第 2 行 B 列过大（超过 \d+ 个字符仍未结束），已停止读取$/);
      expect(error.line).toBe(2);
      expect(error.place).toEqual({ sheet: '项目表', row: 2, column: 'B' });
    });

    it('refuses a 100-million-character shared string by its part', async () => {
      const sharedStrings = {
        name: 'xl/sharedStrings.xml',
        pieces: ['<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>项目名称</t></si><si><t>', ...repeated('A', 1_000_000, 100), '</t></si></sst>'],
        declaredSize: 100,
      };
      const bomb = await craftZip(workbookParts('项目表', [SHEET_HEAD, '<row r="1"><c r="A1" t="s"><v>1</v></c></row>', SHEET_TAIL], [sharedStrings]));
      const error = await refusal(() => readWorkbook(bomb, 'long-string.xlsx'));
      expect(error.message).toBe('long-string.xlsx 的共享字符串表（部件 xl/sharedStrings.xml）第 2 个字符串超过 10000 个字符，已停止读取');
    });

    it('refuses a part read whole (styles) past its own limit, well before the inflate limit', async () => {
      const styles = { name: 'xl/styles.xml', pieces: ['<styleSheet>', ...repeated(' ', 1_000_000, 40), '</styleSheet>'], declaredSize: 100 };
      const bomb = await craftZip(workbookParts('项目表', rowsOf(1), [styles]));
      const error = await refusal(() => readWorkbook(bomb, 'styles.xlsx'));
      expect(error.message).toMatch(/^styles\.xlsx 的部件 xl\/styles\.xml 解压后超过 \d+ 个字符，已停止读取$/);
    });

    it('writes nothing to disk: the temporary directory is untouched, and the reader imports no file system', async () => {
      const bomb = await craftZip(workbookParts('项目表', [SHEET_HEAD, '<row r="1"><c r="A1" t="inlineStr"><is><t>', ...repeated('A', 1_000_000, 20), '</t></is></c></row>', SHEET_TAIL]));
      const scratch = mkdtempSync(join(tmpdir(), 'xlsx-reader-'));
      const saved = process.env.TMPDIR;
      process.env.TMPDIR = scratch;
      try {
        await refusal(() => readWorkbook(bomb, 'bomb.xlsx'));
        await readWorkbook(await craftZip(workbookParts('项目表', rowsOf(2))), 'fine.xlsx');
        expect(readdirSync(scratch)).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved;
        rmSync(scratch, { recursive: true, force: true });
      }
      // Read from the source, so it holds for paths no test takes: the parser (xlsx reader included) never touches
      // the file system, so no outcome can leave a file behind.
      const sources = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
      const touching = sources(join(process.cwd(), 'libs/plan-parser/src')).filter((file) =>
        /from '(?:node:)?(?:fs|fs\/promises|os|child_process)'|require\(/.test(readFileSync(file, 'utf8')),
      );
      expect(touching).toEqual([]);
    });
  });

  it('refuses what is not a workbook', async () => {
    expect((await refusal(() => readWorkbook(Buffer.from('not a zip at all'), 'fake.xlsx'))).message).toMatch(/不是 xlsx 工作簿/);
    expect((await refusal(() => readWorkbook(Buffer.alloc(0), 'empty.xlsx'))).message).toBe('empty.xlsx 是空文件');
    expect((await refusal(() => readWorkbook(Buffer.from('PK\x03\x04junk'), 'junk.xlsx'))).message).toMatch(/找不到 zip 目录/);
  });
});
