/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, collectTextOf, rangeFromOffsets, sourceLength } from '../../entrypoints/content/text-map';

describe('collectText / rangeFromOffsets', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="a"><span class="label">Label</span><span>:&nbsp;</span><span class="data">Bidders <b>must</b> comply with the <i>modern slavery</i> act.<script>var x = 1;</script></span></div>';
  });

  it('concatenates the text nodes in document order, scripts left out', () => {
    const { text, source } = collectText(document.querySelector('.data')!);
    expect(text).toBe('Bidders must comply with the modern slavery act.');
    expect(source.nodes.map((n) => n.data)).toEqual(['Bidders ', 'must', ' comply with the ', 'modern slavery', ' act.']);
    expect(source.starts).toEqual([0, 8, 12, 29, 43]);
    expect(sourceLength(source)).toBe(text.length);
  });

  it('round-trips every slice: the range reads exactly the section text between the offsets', () => {
    const { text, source } = collectText(document.getElementById('a')!);
    expect(text).toBe('Label:\u00a0Bidders must comply with the modern slavery act.');
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(rangeFromOffsets(source, start, end)?.toString(), `${start}-${end}`).toBe(text.slice(start, end));
      }
    }
  });

  it('skips what the caller leaves out and joins several roots', () => {
    const row = document.getElementById('a')!;
    const { text } = collectText(row, (el) => el.classList.contains('label'));
    expect(text.startsWith(':\u00a0Bidders')).toBe(true);
    const parts = collectTextOf([row.querySelector('.label')!, row.querySelector('i')!]);
    expect(parts.text).toBe('Labelmodern slavery');
    // Offsets map to the right nodes; a range across two roots covers the page between them, as any DOM range.
    const range = rangeFromOffsets(parts.source, 3, 11)!;
    expect([range.startContainer.textContent, range.startOffset]).toEqual(['Label', 3]);
    expect([range.endContainer.textContent, range.endOffset]).toEqual(['modern slavery', 6]);
  });

  it('returns null for empty or out-of-range offsets, and when the page changed', () => {
    const { source, text } = collectText(document.querySelector('.data')!);
    expect(rangeFromOffsets(source, 5, 5)).toBeNull();
    expect(rangeFromOffsets(source, -1, 3)).toBeNull();
    expect(rangeFromOffsets(source, 0, text.length + 1)).toBeNull();
    expect(rangeFromOffsets(collectText(document.createElement('p')).source, 0, 1)).toBeNull();
    document.querySelector('i')!.remove();
    expect(rangeFromOffsets(source, 29, 43)).toBeNull();
  });
});
