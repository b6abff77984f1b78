import { describe, expect, it } from 'vitest';
import { compileMatcher, compilePattern, compileScanner, expandPattern, foldText, indexKeys, prefixesOf } from '../../utils/patterns';

/** What the pattern finds in `text`, as the original text's substrings. */
const matches = (src: string, text: string) => {
  const re = compileScanner([src]);
  return [...foldText(text).matchAll(re)].map((m) => text.slice(m.index, m.index + m[0].length));
};

describe('foldText', () => {
  it('lower-cases and removes accents without changing the length', () => {
    const t = 'Écolabel EUROPÉEN, Straße, ŁÓDŹ, l’offre\u00a0x İstanbul';
    const f = foldText(t);
    expect(f).toHaveLength(t.length);
    expect(f).toBe("ecolabel europeen, straße, lodz, l'offre x istanbul");
  });
});

describe('pattern compiler', () => {
  it('lets a space match hyphens, line breaks and runs of spaces', () => {
    expect(matches('take back', 'a take-back scheme')).toEqual(['take-back']);
    expect(matches('take back', 'take\n  back')).toEqual(['take\n  back']);
    expect(matches('take back', 'takeback')).toEqual([]);
  });
  it('folds accents both ways and ignores case', () => {
    expect(matches('ecolabel', 'un Écolabel européen')).toEqual(['Écolabel']);
    expect(matches('écolabel', 'an ECOLABEL')).toEqual(['ECOLABEL']);
    expect(matches('TCO Certified', 'tco certified')).toEqual(['tco certified']);
  });
  it('only starts at a word start, and \\b is a Unicode boundary', () => {
    expect(matches('label\\b', 'ecolabel label')).toEqual(['label']);
    expect(matches('energ\\b', 'énerg énergie')).toEqual(['énerg']);
    expect(matches('cost\\b', 'costñ')).toEqual([]);
  });
  it('keeps character classes, quantifiers, groups and escapes intact', () => {
    expect(expandPattern('[ae]{2}')).toBe('[ae]{2}');
    expect(matches('en ?301 ?549', 'EN 301549 and EN301 549')).toEqual(['EN 301549', 'EN301 549']);
    expect(matches('(?:iso|en) 14001', 'ISO 14001')).toEqual(['ISO 14001']);
    expect(matches('\\d{2} ?%', 'weighting 10 %')).toEqual(['10 %']);
    expect(matches('co2\\.?e', 'CO2e and CO2.e')).toEqual(['CO2e', 'CO2.e']);
  });
  it('compiles a sticky form that tests a position of folded text', () => {
    const p = compilePattern('energy star');
    const f = foldText('Use ENERGY STAR 8.0');
    p.sticky.lastIndex = 4;
    expect(p.sticky.test(f)).toBe(true);
    p.sticky.lastIndex = 0;
    expect(p.sticky.test(f)).toBe(false);
  });
});

describe('prefixesOf', () => {
  it('lists the first letters (up to five, a gap as one space) a pattern can start with', () => {
    expect(prefixesOf('ENERGY STAR')).toEqual(['energ']);
    expect(prefixesOf('eu ecolabel')).toEqual(['eu ']);
    expect(prefixesOf('(?:iso|en) 14001')?.sort()).toEqual(['en ', 'iso ']);
    expect(prefixesOf('eco(?:label| label)')?.sort()).toEqual(['eco ', 'ecola']);
    expect(prefixesOf('e[uU] ecolabel')).toEqual(['eu ']);
    expect(prefixesOf('(?:EU )?ecolabel')?.sort()).toEqual(['ecola', 'eu ']);
    // a run of digits is one mark for its first digit (codes 14 to 23), however long
    const mark = (d: number) => String.fromCharCode(14 + d);
    expect(prefixesOf('\\d+ ?%')).toHaveLength(20);
    expect(prefixesOf('\\d+ ?%')).toContain(`${mark(7)}%`);
    expect(prefixesOf('30182')).toEqual([mark(3)]);
    expect(prefixesOf('ISO 14001')).toEqual(['iso ']);
    expect(prefixesOf('co2e')).toEqual([`co${mark(2)}e`]);
    expect(prefixesOf('é?cole')?.sort()).toEqual(['cole', 'ecole']);
    expect(prefixesOf('tco\\b')).toEqual(['tco']);
  });
  it('says null when a pattern can start with anything', () => {
    expect(prefixesOf('.*x')).toBeNull();
    expect(prefixesOf('\\w+ label')).toBeNull();
    expect(prefixesOf('[^a] x')).toBeNull();
  });
});

describe('compileMatcher', () => {
  it('finds every pattern at every word start, with offsets in the original text', () => {
    const m = compileMatcher(['tco', 'tco certified', 'eu ecolabel', '\\d+ ?years? warranty', 'ecolabel']);
    const text = 'Écrans TCO Certified; l’EU Ecolabel; 5 years warranty. TCOX ecolabelled';
    const found: [number, string][] = [];
    m.scan(foldText(text), (i, s, e) => found.push([i, text.slice(s, e)]));
    expect(found).toEqual([
      [0, 'TCO'],
      [1, 'TCO Certified'],
      [2, 'EU Ecolabel'],
      [4, 'Ecolabel'],
      [3, '5 years warranty'],
      [0, 'TCO'], // patterns are prefixes unless they end with \b
      [4, 'ecolabel'],
    ]);
  });
});

describe('cue lists', () => {
  it('are all indexable, so a passage is checked in one pass', async () => {
    const { CUE_SOURCES } = await import('../../utils/cues');
    for (const [list, sources] of Object.entries(CUE_SOURCES)) {
      for (const s of sources) expect(indexKeys(s), `${list}: /${s}/`).not.toBeNull();
    }
  });
});
