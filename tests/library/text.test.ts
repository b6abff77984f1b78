import { describe, expect, it } from 'vitest';
import { FAVOURITE_ENTRY, TITLE_MARK, fold, indexWords, queryWords, wordsOf } from '../../utils/library/text';

describe('library text', () => {
  it('folds case and diacritics, and letters NFD keeps whole', () => {
    expect(fold('Écolabel Européen')).toBe('ecolabel europeen');
    expect(fold('Straße Œuvre Ærø Łódź')).toBe('strasse oeuvre aero lodz');
    expect(fold('ELECTRICIDAD RENOVABLE, año')).toBe('electricidad renovable, ano');
  });

  it('splits on anything but letters and digits, drops one-letter words but keeps numbers', () => {
    expect(wordsOf('l’Écolabel de l’UE, ISO 14001: life-cycle (2)')).toEqual(['ecolabel', 'de', 'ue', 'iso', '14001', 'life', 'cycle', '2']);
  });

  it('indexes each word once, without stopwords, with title marks and the favourite mark', () => {
    const words = indexWords('The Ecolabel', ['The ecolabel shall apply to the products', 'tag'], true);
    expect(words).toContain('ecolabel');
    expect(words).toContain(TITLE_MARK + 'ecolabel');
    expect(words).toContain(FAVOURITE_ENTRY);
    expect(words).not.toContain('the');
    expect(words).not.toContain('shall');
    expect(words.filter((w) => w === 'ecolabel')).toHaveLength(1);
    expect(indexWords('t', ['x'], false)).not.toContain(FAVOURITE_ENTRY);
  });

  it('reads a query: folded, repeats and prefixes of other words dropped, stopwords only when alone', () => {
    expect(queryWords('Éco ecolab ECOLABEL')).toEqual(['ecolabel']);
    expect(queryWords('the energy')).toEqual(['energy']);
    expect(queryWords('the')).toEqual(['the']);
    expect(queryWords('  ')).toEqual([]);
  });
});
