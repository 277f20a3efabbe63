import { describe, expect, it } from '@jest/globals';
import { mergeCuratedProjects } from '../src/curated';
import { parsePlanDocument } from '../src/document';
import { PlanParseError } from '../src/errors';
import { lineOf, planText, regions } from './fixtures';

const text = planText('完成海潮镇卫生院迁建项目，新建业务用房3000平方米。', '', '\t专栏2   项目', '', '\t项目名称', '\t计划投资（万元）', '', '\t住院楼', '\t100', '', '');
const doc = parsePlanDocument(text, 'plan.txt', { regions });
const line = lineOf(text, '完成海潮镇卫生院迁建项目，新建业务用房3000平方米。');
const entry = { institutionName: '海潮镇卫生院', name: '海潮镇卫生院迁建项目', content: '迁建，新建业务用房3000平方米', source: { file: 'plan.txt', line } };

describe('curated projects', () => {
  it('are added with quantities read from their content and a stable code', () => {
    const merged = mergeCuratedProjects(doc, [entry], text);
    const added = merged.projects.at(-1);
    expect(added).toMatchObject({
      name: '海潮镇卫生院迁建项目',
      programNumber: null,
      buildType: 'relocation',
      floorAreaM2: '3000',
      landMu: null,
      code: expect.stringMatching(/^510604-2021-2025-Z0-[0-9a-f]{16}$/),
      source: { file: 'plan.txt', line },
    });
    expect(merged.institutions.map((i) => i.name)).toContain('海潮镇卫生院');
    expect(doc.projects).toHaveLength(1); // the parsed document is left as it was
  });

  it('keep figures given explicitly, even null', () => {
    const merged = mergeCuratedProjects(doc, [{ ...entry, floorAreaM2: null, investmentWan: '12.50', programNumber: 2 }], text);
    expect(merged.projects.at(-1)).toMatchObject({ floorAreaM2: null, investmentWan: '12.5', programNumber: 2 });
    expect(merged.reconciliation).toEqual([]);
  });

  it('refuse a line that does not hold their anchor', () => {
    expect(() => mergeCuratedProjects(doc, [{ ...entry, source: { file: 'plan.txt', line: 1 } }], text)).toThrow(
      `curated entry 1 ("海潮镇卫生院迁建项目"): line 1 does not contain "海潮镇卫生院迁建项目"`,
    );
    expect(() => mergeCuratedProjects(doc, [{ ...entry, anchor: '方洞镇', source: { file: 'plan.txt', line } }], text)).toThrow(PlanParseError);
  });

  it('refuse malformed entries', () => {
    expect(() => mergeCuratedProjects(doc, { projects: [] })).toThrow('curated projects must be a JSON array');
    expect(() => mergeCuratedProjects(doc, [{ ...entry, source: { file: 'other.txt', line } }])).toThrow('cites other.txt, not plan.txt');
    expect(() => mergeCuratedProjects(doc, [{ ...entry, landMu: 3.5 }])).toThrow('landMu must be a decimal string or null');
    expect(() => mergeCuratedProjects(doc, [{ ...entry, programNumber: 9 }])).toThrow('the document has no program 9');
    expect(() => mergeCuratedProjects(doc, [{ ...entry, buidType: 'new' }])).toThrow('unknown field "buidType"');
  });

  it('are not added twice when the tables already hold them', () => {
    const twice = mergeCuratedProjects(doc, [{ name: '住院楼', programNumber: 2, source: { file: 'plan.txt', line: lineOf(text, '\t住院楼') } }], text);
    expect(twice.projects).toHaveLength(1);
    expect(twice.warnings.at(-1)?.message).toMatch(/already in the document's tables/);
  });
});
