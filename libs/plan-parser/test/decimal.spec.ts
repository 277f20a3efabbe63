import { describe, expect, it } from '@jest/globals';
import {
  addDecimals,
  compareDecimals,
  decimalFromNumber,
  multiplyDecimals,
  normalizeDecimal,
  subtractDecimals,
  sumDecimals,
} from '../src/decimal';

describe('exact decimals', () => {
  it('adds without floating-point error', () => {
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3); // the trap the strings avoid
    expect(addDecimals('19295.23', '800')).toBe('20095.23');
    expect(sumDecimals(['20', '80', '31.2', null])).toBe('131.2');
  });

  it('subtracts, including below zero', () => {
    expect(subtractDecimals('131.2', '131.2')).toBe('0');
    expect(subtractDecimals('3000', '3000.5')).toBe('-0.5');
    expect(subtractDecimals('0.3', '0.1')).toBe('0.2');
  });

  it('multiplies exactly, for unit conversion', () => {
    expect(multiplyDecimals('1.25', '10000')).toBe('12500');
    expect(multiplyDecimals('0.00001', '10000')).toBe('0.1');
    expect(multiplyDecimals('666', '0.0015')).toBe('0.999');
  });

  it('spells a decimal one way', () => {
    expect(normalizeDecimal('96.20')).toBe('96.2');
    expect(normalizeDecimal('007.0')).toBe('7');
    expect(normalizeDecimal('-0.0')).toBe('0');
    expect(compareDecimals('5.0', '5')).toBe(0);
    expect(compareDecimals('4.99', '5')).toBe(-1);
  });

  it('turns spreadsheet doubles into the decimal text they came from', () => {
    expect(decimalFromNumber(19295.23)).toBe('19295.23');
    expect(decimalFromNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalFromNumber(1.5e-7)).toBe('0.00000015');
  });
});
