import { expect, it } from '@jest/globals';
import { generateSeeds } from '../../../seeds/generate';
import { CURATED, describeWithSeeds, SHARED_SEEDS } from './seed-documents';

describeWithSeeds('generateSeeds', () => {
  it('parses the five plans and merges their curated projects, every cited line checked', async () => {
    const bundles = await generateSeeds(SHARED_SEEDS, CURATED);
    expect(bundles.map((b) => b.file)).toEqual([
      '000_9b78bbaf54f42219.txt',
      '001_7e0c2ab5279e572b.txt',
      '002_041e161165b26347.txt',
      '003_4027c28a8168d5a8.txt',
      '004_4298840802f018b6.txt',
    ]);
    expect(bundles.map((b) => b.projects.length)).toEqual([9, 17, 6, 30, 14]);
    expect(bundles.map((b) => b.plan.regionCode)).toEqual(['510521', '510400', '511102', '510604', '640221']);
    for (const bundle of bundles) {
      const codes = bundle.projects.map((p) => p.code);
      expect(new Set(codes).size).toBe(codes.length);
      const programs = bundle.programs.map((p) => p.number);
      expect(new Set(programs).size).toBe(programs.length);
      for (const p of bundle.projects) expect(p.source.file).toBe(bundle.file);
    }
  });

  it('is deterministic', async () => {
    expect(JSON.stringify(await generateSeeds(SHARED_SEEDS, CURATED))).toBe(JSON.stringify(await generateSeeds(SHARED_SEEDS, CURATED)));
  });
});
