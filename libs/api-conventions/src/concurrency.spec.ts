import { describe, expect, it } from '@jest/globals';
import { changesNothing } from './concurrency';

describe('changesNothing', () => {
  const stored = { name: '传染病区', investmentWan: 12000, beds: null, plannedDate: '2022-04-01', events: ['a', 'b'], version: 3 };

  it.each([
    ['an empty body', {}],
    ['the stored values', { name: '传染病区', investmentWan: 12000.0, plannedDate: '2022-04-01' }],
    ['null for a null field', { beds: null }],
    ['an equal array', { events: ['a', 'b'] }],
    ['a field left undefined', { name: undefined }],
  ])('is true for %s', (_label, patch) => {
    expect(changesNothing(stored, patch)).toBe(true);
  });

  it.each([
    ['another value', { investmentWan: 12000.01 }],
    ['a value for a null field', { beds: 0 }],
    ['null for a set field', { name: null }],
    ['another array', { events: ['b', 'a'] }],
    ['a longer array', { events: ['a', 'b', 'c'] }],
    ['a field the view does not show (a secret)', { secret: 'x'.repeat(16) }],
    ['one change among equal fields', { name: '传染病区', plannedDate: '2022-04-02' }],
  ])('is false for %s', (_label, patch) => {
    expect(changesNothing(stored, patch)).toBe(false);
  });
});
