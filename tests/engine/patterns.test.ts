import { describe, expect, it } from 'vitest';
import { compileMatcher, compilePattern, compileScanner, expandPattern, foldText, GAP_CODES, indexKeys, prefixesOf } from '../../utils/patterns';

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
    expect(prefixesOf('eu ecolabel')).toEqual(['eu ec']);
    expect(prefixesOf('(?:iso|en) 14001')?.sort()).toEqual([`en ${String.fromCharCode(15)}`, `iso ${String.fromCharCode(15)}`]);
    expect(prefixesOf('eco(?:label| label)')?.sort()).toEqual(['eco l', 'ecola']);
    expect(prefixesOf('e[uU] ecolabel')).toEqual(['eu ec']);
    expect(prefixesOf('(?:EU )?ecolabel')?.sort()).toEqual(['ecola', 'eu ec']);
    // a run of digits is one mark for its first digit (codes 14 to 23), however long; a digit the pattern leaves
    // open (\d, [2-9]) is the any-digit mark (code 24)
    const mark = (d: number) => String.fromCharCode(14 + d);
    const anyDigit = String.fromCharCode(24);
    expect(prefixesOf('\\d+ ?%')?.sort()).toEqual([`${anyDigit} %`, `${anyDigit}%`]);
    expect(prefixesOf('[12]0 ?%')?.sort()).toEqual([`${mark(1)} %`, `${mark(1)}%`, `${mark(2)} %`, `${mark(2)}%`]);
    expect(prefixesOf('30182')).toEqual([mark(3)]);
    expect(prefixesOf('ISO 14001')).toEqual([`iso ${mark(1)}`]);
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

describe('the matcher reads text the way the patterns do', () => {
  it('every character a gap matches is a space to the index, and no other', () => {
    const gap = new RegExp(`^(?:${expandPattern('a b')})$`);
    const codes: number[] = [];
    for (let c = 0; c < 65536; c++) if (gap.test(`a${String.fromCharCode(c)}b`)) codes.push(c);
    expect(codes).toEqual([...GAP_CODES].sort((x, y) => x - y));
  });

  it('finds patterns across runs of spaces, line breaks and hyphens, and numbers of any length', () => {
    const m = compileMatcher(['energy efficien\\w*', 'at least \\d+ ?% recycled', '\\d+ ?(?:kwh|kilowatt hours?)', 'iso 14001', '20\\d\\d/24']);
    const found = (text: string) => {
      const out: string[] = [];
      m.scan(foldText(text), (p, s, e) => out.push(`${p}:${text.slice(s, e)}`));
      return out;
    };
    expect(found('Energy\u2003 -\nefficiency class')).toEqual(['0:Energy\u2003 -\nefficiency']);
    expect(found('at least 125 % recycled and 3kWh')).toEqual(['1:at least 125 % recycled', '2:3kWh']);
    expect(found('ISO\u00a014001, directive 2014/24')).toEqual(['3:ISO\u00a014001', '4:2014/24']);
    expect(found('iso 1400 and 2104/24')).toEqual([]);
  });
});
