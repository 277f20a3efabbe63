import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { decimalPlaces, IsDecimal } from './numbers';

class Amount {
  @IsDecimal(2)
  value: unknown;
}

const errorsFor = (value: unknown) => validateSync(plainToInstance(Amount, { value })).length;

describe('IsDecimal', () => {
  it('counts decimals of every finite number, the exponent forms included', () => {
    expect([0, 1, 1.5, 0.25, -12.345, 1e21, 1.5e21, 1e-7, 1.25e-7, 5e-324, Number.MAX_VALUE].map(decimalPlaces)).toEqual([
      0, 0, 1, 2, 3, 0, 0, 7, 9, 324, 0,
    ]);
    expect(decimalPlaces(NaN)).toBe(Infinity);
    expect(decimalPlaces(Infinity)).toBe(Infinity);
  });

  it('accepts up to the places and refuses tiny, denormal and non-finite numbers without throwing', () => {
    expect([0, 12000, 12000.5, 0.01, 999999999999.99].map(errorsFor)).toEqual([0, 0, 0, 0, 0]);
    expect([1e-7, 5e-324, 0.001, -1e-300, NaN, Infinity, '1', null, [1]].map(errorsFor)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
