import { describe, expect, it } from 'vitest';
import { compilePattern, compileScanner, expandPattern } from '../../utils/patterns';

const matches = (src: string, text: string) => {
  const re = compileScanner([src]);
  return [...text.matchAll(re)].map((m) => m[0]);
};

describe('pattern compiler', () => {
  it('lets a space match hyphens, line breaks and runs of spaces', () => {
    expect(matches('take back', 'a take-back scheme')).toEqual(['take-back']);
    expect(matches('take back', 'take\n  back')).toEqual(['take\n  back']);
    expect(matches('take back', 'takeback')).toEqual([]);
  });
  it('folds accents both ways and ignores case', () => {
    expect(matches('ecolabel', 'un Écolabel européen')).toEqual(['Écolabel']);
    expect(matches('écolabel', 'an ECOLABEL')).toEqual(['ECOLABEL']);
  });
  it('only starts at a word start, and \\b is a Unicode boundary', () => {
    expect(matches('label\\b', 'ecolabel label')).toEqual(['label']);
    expect(matches('energ\\b', 'énerg énergie')).toEqual(['énerg']);
    expect(matches('cost\\b', 'costé')).toEqual([]);
  });
  it('keeps character classes, quantifiers, groups and escapes intact', () => {
    expect(expandPattern('[ae]{2}')).toBe('[ae]{2}');
    expect(matches('en ?301 ?549', 'EN 301549 and EN301 549')).toEqual(['EN 301549', 'EN301 549']);
    expect(matches('(?:iso|en) 14001', 'ISO 14001')).toEqual(['ISO 14001']);
    expect(matches('\\d{2} ?%', 'weighting 10 %')).toEqual(['10 %']);
    expect(matches('\\p{Lu}{3}', 'ABC')).toEqual(['ABC']);
  });
  it('compiles a sticky form that tests a position', () => {
    const p = compilePattern('energy star');
    p.sticky.lastIndex = 4;
    expect(p.sticky.test('Use ENERGY STAR 8.0')).toBe(true);
    p.sticky.lastIndex = 0;
    expect(p.sticky.test('Use ENERGY STAR 8.0')).toBe(false);
  });
});
