import { describe, it, expect } from '@jest/globals';
import { twice } from '../src/probe';
describe('probe', () => { it('works', () => { expect(twice(2)).toBe(4); }); });
