import { describe, expect, it } from 'vitest';
import { passageAround } from '../../utils/passage';

const around = (text: string, word: string) => {
  const i = text.indexOf(word);
  const [s, e] = passageAround(text, i, i + word.length);
  return text.slice(s, e);
};

describe('passageAround', () => {
  it('returns the sentence around a match', () => {
    const t = 'The contract runs for 4 years. Devices must meet ENERGY STAR 8.0 or equivalent. Delivery is free.';
    expect(around(t, 'ENERGY')).toBe('Devices must meet ENERGY STAR 8.0 or equivalent.');
  });
  it('does not end a sentence at abbreviations, article numbers or decimals', () => {
    const t = 'Labels (e.g. EU Ecolabel) are accepted under art. 43 of Directive 2014/24/EU. Next.';
    expect(around(t, 'Ecolabel')).toBe('Labels (e.g. EU Ecolabel) are accepted under art. 43 of Directive 2014/24/EU.');
  });
  it('stops at semicolons and line breaks', () => {
    expect(around('Tenderers must hold ISO 14001; no ecolabel is required', 'ecolabel')).toBe('no ecolabel is required');
    expect(around('AC_CRITERION: Price\nAC_CRITERION: Life-cycle cost', 'Life')).toBe('AC_CRITERION: Life-cycle cost');
  });
  it('bounds a passage without punctuation', () => {
    const t = `${'word '.repeat(200)}ecolabel ${'word '.repeat(200)}`;
    const p = around(t, 'ecolabel');
    expect(p.length).toBeLessThan(500);
    expect(p).toContain('ecolabel');
    expect(p.startsWith('word')).toBe(true);
  });
});
