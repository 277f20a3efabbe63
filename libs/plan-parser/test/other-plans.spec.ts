import { beforeAll, expect, it } from '@jest/globals';
import type { ParsedPlanDocument } from '../src/types';
import { describeWithSeeds, lineText, seedDocument } from './seed-documents';

function load(file: string): () => ParsedPlanDocument {
  let doc: ParsedPlanDocument | null = null;
  beforeAll(() => {
    doc = seedDocument(file);
  });
  return () => doc as ParsedPlanDocument;
}

const project = (doc: ParsedPlanDocument, name: string) => doc.projects.find((p) => p.name === name);

describeWithSeeds('泸县 (000): indicator table, projects named in the text', () => {
  const FILE = '000_9b78bbaf54f42219.txt';
  const doc = load(FILE);

  it('reads the plan from the title the text gives itself', () => {
    expect(doc().plan).toMatchObject({
      code: '510521-2021-2025',
      title: '泸县“十四五”卫生健康发展规划',
      regionName: '泸州市泸县',
      regionLevel: 'county',
      parentRegion: { code: '510500', name: '泸州市' },
      documentNumber: null,
      issuedOn: null,
      source: { file: FILE, line: 3 },
    });
  });

  it('reads 表1 主要发展指标', () => {
    expect(doc().programs).toEqual([expect.objectContaining({ number: 1, label: '表1', kind: 'indicators', title: '主要发展指标' })]);
    expect(doc().indicators).toHaveLength(22);
    expect(doc().indicators.find((i) => i.name === '高血压患者管理率')).toMatchObject({
      domain: '重点疾病控制', unit: '%', baseline: '80', target: '82', nature: 'binding', source: { line: 124 },
    });
    expect(doc().indicators.find((i) => i.name === '重大慢性病过早死亡率')).toMatchObject({ baseline: null, baselineText: '较 2015 年下降 10%' });
  });

  it('holds the curated projects, each at its line', () => {
    expect(project(doc(), '海潮镇卫生院迁建项目')).toMatchObject({ institutionName: '海潮镇卫生院', buildType: 'relocation', investmentWan: null, source: { line: 296 } });
    expect(project(doc(), '方洞镇卫生院迁建项目')).toMatchObject({ buildType: 'relocation', source: { line: 296 } });
    expect(project(doc(), '县疾控中心加强型生物安全防护二级（P2+）实验室建设')?.source.line).toBe(229);
    expect(lineText(FILE, 296)).toContain('海潮镇卫生院、方洞镇卫生院迁建项目');
    expect(project(doc(), '县第二人民医院医养中心项目')).toMatchObject({ institutionName: '县第二人民医院', source: { line: 335 } });
    expect(doc().projects).toHaveLength(9);
    expect(doc().institutions.map((i) => i.name)).toContain('海潮镇卫生院');
  });
});

describeWithSeeds('攀枝花市 (001): 专栏 lists without figures', () => {
  const FILE = '001_7e0c2ab5279e572b.txt';
  const doc = load(FILE);

  it('reads the plan and the notice that issued it', () => {
    expect(doc().plan).toMatchObject({
      code: '510400-2021-2025',
      title: '攀枝花市“十四五”卫生健康发展规划',
      regionLevel: 'city',
      parentRegion: { code: '510000', name: '四川省' },
      documentNumber: '攀办发〔2022〕2号',
      issuedOn: '2022-01-07',
      source: { line: 18 },
    });
  });

  it('numbers 表1 apart from 专栏1, which the importer keys by number', () => {
    expect(doc().programs.map((p) => [p.label, p.number, p.kind])).toEqual([
      ['表1', 101, 'indicators'],
      ...Array.from({ length: 10 }, (_, i) => [`专栏${i + 1}`, i + 1, 'list']),
    ]);
    expect(doc().programs[10]).toMatchObject({ title: '健康信息化建设项目', source: { line: 573 } });
  });

  it('reads its indicator table, one row per line', () => {
    expect(doc().indicators).toHaveLength(27);
    expect(doc().indicators[0]).toMatchObject({ domain: '健康水平', name: '人均预期寿命', baseline: '78.84', target: '79.5', programNumber: 101, source: { line: 179 } });
    expect(doc().indicators.find((i) => i.source.line === 193)).toMatchObject({ baselineText: '>90', baseline: '90', nature: 'binding' });
    expect(doc().indicators.find((i) => i.source.line === 187)).toMatchObject({ unit: '亿人', baseline: '0.00497' });
  });

  it('holds the curated projects of its boxes', () => {
    expect(project(doc(), '市中心血站迁建及能力建设')).toMatchObject({ programNumber: 5, buildType: 'relocation', source: { line: 433 } });
    expect(project(doc(), '县域医疗卫生次中心建设')).toMatchObject({ programNumber: 5, count: { min: 5, max: 5 }, source: { line: 437 } });
    expect(project(doc(), '市公共卫生医疗救治中心建设')).toMatchObject({ programNumber: 1, source: { line: 231 } });
    expect(project(doc(), '攀枝花市中心医院重大感染性疾病、危急重症救治中心建设')).toMatchObject({ institutionName: '攀枝花市中心医院', source: { line: 561 } });
    expect(doc().projects).toHaveLength(17);
  });
});

describeWithSeeds('乐山市市中区 (002): indicators and per-institution bed targets', () => {
  const FILE = '002_041e161165b26347.txt';
  const doc = load(FILE);

  it('reads the plan', () => {
    expect(doc().plan).toMatchObject({
      code: '511102-2021-2025',
      title: '乐山市市中区“十四五”医疗卫生服务体系规划',
      regionLevel: 'district',
      parentRegion: { code: '511100', name: '乐山市' },
      documentNumber: '乐中府办发〔2023〕9号',
      issuedOn: '2023-11-30',
      source: { line: 17 },
    });
    expect(doc().programs.map((p) => [p.label, p.kind])).toEqual([['表1', 'indicators'], ['表2', 'beds'], ['表3', 'list']]);
  });

  it('reads 表1, which has targets only', () => {
    expect(doc().indicators).toHaveLength(20);
    expect(doc().indicators.find((i) => i.source.line === 118)).toMatchObject({
      domain: '床位和人力配置', name: '每千人口医疗卫生机构床位数', unit: '张', baseline: null, targetText: '9.0 左右', target: '9', nature: 'expected',
    });
    expect(doc().indicators.find((i) => i.source.line === 119)?.name).toBe('其中,区属公立医院及基层医疗卫生机构床位数');
  });

  it('reads 表2 bed targets per institution', () => {
    expect(doc().bedTargets.map((b) => [b.subject, b.targetBeds])).toEqual([
      ['区人民医院', 1000], ['区中医医院', 500], ['区妇幼保健院', 300], ['区肿瘤医院', 300],
      ['苏稽镇中心卫生院', 300], ['茅桥镇中心卫生院', 150], ['土主镇中心卫生院', 120],
    ]);
    expect(doc().bedTargets[4]).toMatchObject({ subjectKind: 'institution', subjectNote: '县域医疗卫生次中心', campus: '本部', targetYear: 2025, source: { line: 185 } });
  });

  it('holds the curated projects named in the text', () => {
    expect(project(doc(), '区人民医院整体搬迁及附属设施建设项目')).toMatchObject({
      institutionName: '区人民医院', buildType: 'relocation', endYear: 2025, source: { line: 309 },
    });
    expect(project(doc(), '区妇幼保健院医技门诊大楼改造升级建设')).toMatchObject({ buildType: 'renovation', source: { line: 321 } });
    expect(doc().projects).toHaveLength(6);
  });
});

describeWithSeeds('平罗县 (004): a table split by conversion, boxes naming projects', () => {
  const FILE = '004_4298840802f018b6.txt';
  const doc = load(FILE);

  it('reads the plan from its title line', () => {
    expect(doc().plan).toMatchObject({
      code: '640221-2021-2025',
      title: '平罗县卫生健康事业发展“十四五”规划',
      regionLevel: 'county',
      parentRegion: { code: '640200', name: '石嘴山市' },
      periodStart: 2021,
      periodEnd: 2025,
      documentNumber: null,
      source: { line: 2 },
    });
  });

  it('finds the boxes, numbering those the document leaves unnumbered', () => {
    expect(doc().programs.map((p) => [p.label, p.number, p.kind, p.source.line])).toEqual([
      ['表1', 101, 'indicators', 36],
      ['专栏1', 1, 'list', 489],
      ['专栏2', 2, 'list', 507],
      ['专栏3', 3, 'list', 526],
      ['专栏4', 4, 'list', 549],
      ['专栏5', 5, 'list', 593],
    ]);
  });

  it('reads all 32 indicators through the split rows', () => {
    const indicators = doc().indicators;
    expect(indicators).toHaveLength(32);
    expect(indicators[0]).toMatchObject({ domain: '健康水平', name: '人均预期寿命', unit: '岁', baseline: '76.46', target: '78.2', source: { line: 69 } });
    expect(indicators.find((i) => i.source.line === 198)?.name).toBe('其中：每千人口中医类别执业（助理）医师数');
    expect(indicators.find((i) => i.source.line === 180)).toMatchObject({ nature: 'guiding', baseline: '4.85', target: '5.58' });
    expect(indicators.find((i) => i.source.line === 368)?.domain).toBe('健康环境');
    expect(indicators.find((i) => i.source.line === 413)?.domain).toBe('健康保障');
    expect(indicators.find((i) => i.source.line === 442)).toMatchObject({ domain: '健康保障', targetText: '维持在85%左右' });
    expect(indicators.find((i) => i.source.line === 343)).toMatchObject({ unit: '%', baselineText: '*', target: '60' });
  });

  it('holds the curated projects of its boxes', () => {
    expect(project(doc(), '平罗县人民医院传染病防控大楼建设项目')).toMatchObject({ programNumber: 4, buildType: 'new', source: { line: 553 } });
    expect(project(doc(), '平罗县人民医院整体迁建项目')).toMatchObject({ programNumber: 4, buildType: 'relocation', source: { line: 553 } });
    expect(project(doc(), '行政村村卫生室标准化建设项目')).toMatchObject({ count: { min: 4, max: 4 }, floorAreaM2: null, buildType: 'new', source: { line: 572 } });
    expect(project(doc(), '乡镇中心卫生院传染病防控能力提升项目')).toMatchObject({ count: { min: 2, max: 3 }, source: { line: 649 } });
    expect(doc().projects).toHaveLength(14);
  });
});
