/** @vitest-environment happy-dom */
// The adapter and the engine together, on the generated TED pages: what the content script does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ted } from '../../entrypoints/content/portals/ted';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { audit } from '../../utils/engine';

function extractPage(pubno: string, edit: (html: string) => string = (h) => h) {
  const html = edit(readFileSync(resolve(process.cwd(), `tests/fixtures/ted-html/${pubno}.html`), 'utf8'));
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return ted.extract(document, new URL(`https://ted.europa.eu/en/notice/${pubno}/html`))!;
}

// The engine's first audit compiles its patterns (seconds under a loaded test run): allow for it.
describe('TED page → audit', { timeout: 30_000 }, () => {
  it('every piece of evidence points to a section the renderer can find on the page', () => {
    for (const pubno of ['181161-2020', '563384-2019']) {
      const x = extractPage(pubno);
      const report = audit(x.notice, defaultCatalogue);
      for (const r of report.results) {
        for (const ev of r.evidence) {
          expect(x.sources[ev.section] ?? ev.section.startsWith('field:'), `${pubno} ${r.id} ${ev.section}`).toBeTruthy();
        }
      }
    }
  });

  it('the performance condition of 181161-2020 is evidence of a present criterion', () => {
    const x = extractPage('181161-2020');
    const bt70 = x.notice.sections.find((s) => s.id.endsWith(':BT-70'))!;
    const present = audit(x.notice, defaultCatalogue).results.filter((r) => r.outcome === 'present');
    expect(present.flatMap((r) => r.evidence.map((e) => e.section))).toContain(bt70.id);
  });

  it('when the layout is not recognised, nothing is reported missing', () => {
    const x = extractPage('181161-2020', (h) => h.replace(/data-labels-key=/g, 'data-label-id='));
    const report = audit(x.notice, defaultCatalogue);
    expect(x.notice.gaps.length).toBeGreaterThan(0);
    expect(report.counts.missing).toBe(0);
  });
});
