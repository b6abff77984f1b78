/** @vitest-environment happy-dom */
// The fallback renderer's DOM surgery, on small pages: what it adds, and that it takes all of it back.
import { beforeEach, describe, expect, it } from 'vitest';
import { intervalsByNode, isOwnNode, remapSource, unwrapMarks, wrapMarks } from '../../entrypoints/content/marks';
import { collectText, rangeFromOffsets } from '../../entrypoints/content/text-map';

const marks = () => [...document.querySelectorAll('mark[data-tender-lens]')].map((m) => m.textContent);

describe('wrapMarks / unwrapMarks', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="n"><p>Bidders <b>must</b> hold the EU Ecolabel and ISO 14001.</p><table><tr>  <td>Lot 1: recycled paper</td></tr></table></div>';
  });

  it('marks several pieces of one text node, across elements too, and puts everything back', () => {
    const root = document.getElementById('n')!;
    const before = document.body.innerHTML;
    const { text, source } = collectText(root);
    const nodes = [...source.nodes];
    const data = nodes.map((n) => n.data);
    const pieces = new Map<Text, [number, number][]>();
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    intervalsByNode(source, ...at('EU Ecolabel'), pieces);
    intervalsByNode(source, ...at('ISO 14001'), pieces);
    intervalsByNode(source, ...at('Bidders must'), pieces); // spans <b>
    intervalsByNode(source, ...at('recycled paper'), pieces);

    const page = wrapMarks(pieces);
    expect(marks()).toEqual(['Bidders ', 'must', 'EU Ecolabel', 'ISO 14001', 'recycled paper']);
    expect(root.textContent).toBe(text);
    expect(page.marks.every(isOwnNode)).toBe(true);
    expect(isOwnNode(root)).toBe(false);

    // offsets still map to the page through the remapped source
    const live = remapSource(source, page);
    expect(rangeFromOffsets(live, ...at('Ecolabel and ISO'))?.toString()).toBe('Ecolabel and ISO');

    unwrapMarks(page);
    expect(document.body.innerHTML).toBe(before);
    expect(nodes.every((n) => n.isConnected)).toBe(true);
    expect(nodes.map((n) => n.data)).toEqual(data);
  });

  it('leaves white space and table structure alone', () => {
    const root = document.getElementById('n')!;
    const { text, source } = collectText(root);
    const pieces = new Map<Text, [number, number][]>();
    const rowSpace = source.nodes.find((n) => n.parentElement?.tagName === 'TR')!;
    pieces.set(rowSpace, [[0, rowSpace.data.length]]);
    intervalsByNode(source, text.indexOf(' hold'), text.indexOf(' hold') + 1, pieces); // a lone space
    const page = wrapMarks(pieces);
    expect(page.marks).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('when the page rewrote a marked text node meanwhile, only our marks go and the page’s text stays', () => {
    const root = document.getElementById('n')!;
    const { text, source } = collectText(root);
    const pieces = new Map<Text, [number, number][]>();
    intervalsByNode(source, text.indexOf('EU Ecolabel'), text.indexOf('EU Ecolabel') + 11, pieces);
    const page = wrapMarks(pieces);
    const p = root.querySelector('p')!;
    const kept = p.lastChild!.previousSibling!.previousSibling as Text; // the node we cut: " hold the "
    kept.data = ' now holds the ';
    unwrapMarks(page);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(p.textContent).toBe('Bidders must now holds the EU Ecolabel and ISO 14001.');
  });
});
