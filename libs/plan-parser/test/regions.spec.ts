import { describe, expect, it } from '@jest/globals';
import { provinceOf } from '../src';

describe('provinceOf', () => {
  it('finds the province of a city, a county or a district from the first two digits', () => {
    expect(provinceOf('510600')).toEqual({ code: '510000', name: '四川省' });
    expect(provinceOf('510604')).toEqual({ code: '510000', name: '四川省' });
    expect(provinceOf('640221')).toEqual({ code: '640000', name: '宁夏回族自治区' });
  });

  it('has none for a province itself, a code outside GB/T 2260, or something that is not a code', () => {
    expect(provinceOf('510000')).toBeNull();
    expect(provinceOf('990100')).toBeNull();
    expect(provinceOf('51060')).toBeNull();
    expect(provinceOf('5106O4')).toBeNull();
  });
});
