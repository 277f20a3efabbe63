import { describe, expect, it } from '@jest/globals';
import { milestoneSpan, standardMilestones, STANDARD_SEQUENCES } from '../src/templates';

const kinds = (buildType: Parameters<typeof standardMilestones>[0]) => standardMilestones(buildType, 2021, 2025).map((m) => m.kind);

describe('standardMilestones', () => {
  it('gives new, expansion and relocation projects all eight steps, in order, with their Chinese names', () => {
    const full = ['approval', 'feasibility', 'design', 'permit', 'groundbreaking', 'topping_out', 'completion', 'in_service'];
    expect(kinds('new')).toEqual(full);
    expect(kinds('expansion')).toEqual(full);
    expect(kinds('relocation')).toEqual(full);
    expect(standardMilestones('new', 2021, 2025).map((m) => m.name)).toEqual([
      '立项',
      '可研批复',
      '初步设计批复',
      '施工许可',
      '开工',
      '主体封顶',
      '竣工验收',
      '投入使用',
    ]);
  });

  it('skips feasibility and topping out for a renovation', () => {
    expect(kinds('renovation')).toEqual(['approval', 'design', 'permit', 'groundbreaking', 'completion', 'in_service']);
    expect(standardMilestones('renovation', 2021, 2025).map((m) => m.name)).toEqual([
      '立项',
      '初步设计批复',
      '施工许可',
      '开工',
      '竣工验收',
      '投入使用',
    ]);
  });

  it('keeps only the steps every project passes for other works', () => {
    expect(kinds('other')).toEqual(['approval', 'groundbreaking', 'completion', 'in_service']);
  });

  it('spreads the dates evenly from 1 March of the start year to 31 December of the end year', () => {
    expect(standardMilestones('new', 2021, 2025).map((m) => m.plannedDate)).toEqual([
      '2021-03-01',
      '2021-11-08',
      '2022-07-19',
      '2023-03-28',
      '2023-12-05',
      '2024-08-13',
      '2025-04-23',
      '2025-12-31',
    ]);
    expect(standardMilestones('other', 2021, 2025).map((m) => m.plannedDate)).toEqual([
      '2021-03-01',
      '2022-10-11',
      '2024-05-21',
      '2025-12-31',
    ]);
  });

  it.each(Object.keys(STANDARD_SEQUENCES) as (keyof typeof STANDARD_SEQUENCES)[])(
    'plans %s milestones on strictly increasing real days, first on the start, last on the end',
    (buildType) => {
      for (const [start, end] of [
        [2021, 2025],
        [2024, 2024],
        [2000, 2100],
        [2023, 2024],
      ]) {
        const dates = standardMilestones(buildType, start, end).map((m) => m.plannedDate);
        expect(dates[0]).toBe(`${start}-03-01`);
        expect(dates.at(-1)).toBe(`${end}-12-31`);
        for (const [i, date] of dates.entries()) {
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
          if (i > 0) expect(date > dates[i - 1]).toBe(true);
        }
      }
    },
  );

  it('fits all eight into a one-year project, about six weeks apart', () => {
    expect(standardMilestones('new', 2024, 2024).map((m) => m.plannedDate)).toEqual([
      '2024-03-01',
      '2024-04-14',
      '2024-05-27',
      '2024-07-10',
      '2024-08-22',
      '2024-10-05',
      '2024-11-17',
      '2024-12-31',
    ]);
  });

  it('refuses an end year before the start year, years outside 2000–2100 and unknown build types', () => {
    expect(() => standardMilestones('new', 2025, 2024)).toThrow(RangeError);
    expect(() => standardMilestones('new', 2025, 2024)).toThrow(/before startYear/);
    expect(() => standardMilestones('new', 1999, 2004)).toThrow(/startYear/);
    expect(() => standardMilestones('new', 2098, 2101)).toThrow(/endYear/);
    expect(() => standardMilestones('new', 2021.5, 2025)).toThrow(RangeError);
    expect(() => standardMilestones('castle' as 'new', 2021, 2025)).toThrow(/build type/);
  });
});

describe('milestoneSpan', () => {
  const plan = { periodStart: 2021, periodEnd: 2025 };

  it('keeps the project’s own years', () => {
    expect(milestoneSpan(2022, 2023, plan)).toEqual({ startYear: 2022, endYear: 2023 });
  });

  it('takes the plan’s period for the years the project lacks', () => {
    expect(milestoneSpan(null, null, plan)).toEqual({ startYear: 2021, endYear: 2025 });
    expect(milestoneSpan(2023, null, plan)).toEqual({ startYear: 2023, endYear: 2025 });
    expect(milestoneSpan(null, 2022, plan)).toEqual({ startYear: 2021, endYear: 2022 });
  });

  it('lets a known year outside the plan’s period win over the plan’s bound', () => {
    expect(milestoneSpan(2027, null, plan)).toEqual({ startYear: 2027, endYear: 2027 });
    expect(milestoneSpan(null, 2019, plan)).toEqual({ startYear: 2019, endYear: 2019 });
  });
});
