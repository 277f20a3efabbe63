import { describe, expect, it } from '@jest/globals';
import { checkJsonBody } from './input-limits';

const check = (text: string) => () => checkJsonBody(Buffer.from(text));

describe('checkJsonBody', () => {
  it('lets ordinary bodies through, escapes and surrogate pairs included', () => {
    for (const text of ['{"name":"医院","n":1.5,"a":[true,null,{"b":"\\"}"}]}', JSON.stringify({ s: 'a\\b"c😀\u0001' }), '[]', '"x"', '12', '{"a":"\\ud83d\\ude00"}']) {
      expect(check(text)).not.toThrow();
    }
    expect(check(`${'['.repeat(32)}${']'.repeat(32)}`)).not.toThrow();
  });

  it('refuses nesting past 32, more than 10,000 values, escaped NUL and unpaired surrogates', () => {
    expect(check(`${'['.repeat(33)}${']'.repeat(33)}`)).toThrow(/deeper than 32/);
    expect(check(`{"a":${'{"a":'.repeat(40)}1${'}'.repeat(41)}`)).toThrow(/deeper than 32/);
    expect(check(`[${Array(10_001).fill('1').join(',')}]`)).toThrow(/more than 10000 values/);
    expect(check(`{${Array.from({ length: 5_000 }, (_, i) => `"k${i}":"v"`).join(',')}}`)).not.toThrow();
    for (const text of ['{"a":"\\u0000"}', '{"\\u0000":1}', '{"a":"\\ud800"}', '{"a":"\\udc00x"}', '{"a":"\\ud800\\ud800"}', '{"a":"\\ud800\\n"}']) {
      expect(check(text)).toThrow(/cannot be stored/);
    }
  });

  it('scans 800 KB in a few milliseconds, however the strings fall', () => {
    const bodies = [`{"s":"${'x'.repeat(800_000)}"}`, `[${Array(9_000).fill(`"${'y'.repeat(80)}"`).join(',')},"\\\\"]`, '['.repeat(400_000)];
    for (const body of bodies.map((b) => Buffer.from(b))) {
      const started = performance.now();
      try {
        checkJsonBody(body);
      } catch {
        // refused is fine; slow is not
      }
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});
