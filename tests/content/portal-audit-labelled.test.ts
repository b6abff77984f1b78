/** @vitest-environment happy-dom */
// The label/value portal adapters (SAM.gov, BOAMP, AusTender, eTenders, CanadaBuys, GETS) and the engine together,
// on their demo pages: what the content script does on those portals.
import { describe, expect, it } from 'vitest';
import { austender } from '../../entrypoints/content/portals/austender';
import { boamp } from '../../entrypoints/content/portals/boamp';
import { canadaBuys } from '../../entrypoints/content/portals/canadabuys';
import { etendersIe } from '../../entrypoints/content/portals/etenders-ie';
import { getsNz } from '../../entrypoints/content/portals/gets-nz';
import { samGov } from '../../entrypoints/content/portals/sam-gov';
import type { Extraction, PortalAdapter } from '../../entrypoints/content/portals/types';
import { rangeFromOffsets } from '../../entrypoints/content/text-map';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { audit } from '../../utils/engine';
import { fixture, load } from '../helpers/portal-page';

interface Page {
  adapter: PortalAdapter;
  file: string;
  url: string;
  /** Turns the page's layout into one the adapter does not know (its rows renamed). */
  breakLayout: (html: string) => string;
}

const PAGES: Page[] = [
  { adapter: austender, file: 'austender/atm_rft17-18-09_penrith_gpt.html', url: 'https://www.tenders.gov.au/Atm/Show/5f3c9a52-3b7e-4e3a-9d61-0a7f2c1e8b44', breakLayout: (h) => h.replace(/class="list-desc"/g, 'class="row-x"') },
  { adapter: boamp, file: 'boamp/avis_21-97063_vetraz_monthoux_concours.html', url: 'https://www.boamp.fr/avis/detail/21-97063', breakLayout: (h) => h.replace(/avis-champ/g, 'champ-x') },
  { adapter: etendersIe, file: 'etenders_ie/etenders_3917450_offaly_consultants.html', url: 'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=3917450', breakLayout: (h) => h.replace(/<(\/?)dt\b/g, '<$1span').replace(/<(\/?)dd\b/g, '<$1div') },
  { adapter: canadaBuys, file: 'canadabuys/tender-notice_en_20-7088_sport_outdoor.html', url: 'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/cb-20-7088', breakLayout: (h) => h.replace(/field__label/g, 'lbl').replace(/class="field /g, 'class="fld ') },
  { adapter: canadaBuys, file: 'canadabuys/tender-notice_fr_burnhaupt_concours.html', url: 'https://canadabuys.canada.ca/fr/appels-d-offres/avis-d-appel-d-offres/cb-2020-04-doller', breakLayout: (h) => h.replace(/field__label/g, 'lbl').replace(/class="field /g, 'class="fld ') },
  { adapter: getsNz, file: 'gets_nz/gets_34261873_wgcd_it_products.html', url: 'https://www.gets.govt.nz/WGCD/ExternalTenderDetails.htm?id=34261873', breakLayout: (h) => h.replace(/label-cell/g, 'lbl').replace(/detail-divider/g, 'divider') },
];

/** SAM.gov renders its notice with a script: run it, then wait for the notice, as the content script does. */
async function samPage(edit: (h: string) => string = (h) => h): Promise<Extraction> {
  load(edit(fixture('sam_gov/opp_nama-nw-11-q-0009_microfilm_scanners.html')));
  for (const s of Array.from(document.querySelectorAll('script:not([src]):not([type])'))) new Function(s.textContent ?? '')();
  // a condition, with a deadline far beyond what a loaded machine needs
  const deadline = Date.now() + 10_000;
  while (!samGov.rootSelectors.some((sel) => document.querySelector(sel)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return samGov.extract(document, new URL('https://sam.gov/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b/view'))!;
}

function extractPage(p: Page, edit: (h: string) => string = (h) => h): Extraction {
  const x = p.adapter.extract(load(edit(fixture(p.file))), new URL(p.url));
  if (!x) throw new Error(`${p.file}: no extraction`);
  return x;
}

/** Every piece of evidence points to a section the renderer finds on the page, at offsets that read its text. */
function expectEvidenceOnPage(x: Extraction, name: string) {
  const report = audit(x.notice, defaultCatalogue);
  for (const r of report.results) {
    for (const ev of r.evidence) {
      if (ev.section.startsWith('field:')) continue;
      const source = x.sources[ev.section];
      expect(source, `${name} ${r.id} ${ev.section}`).toBeDefined();
      if (ev.kind === 'text') {
        const section = x.notice.sections.find((s) => s.id === ev.section)!;
        expect(rangeFromOffsets(source!, ev.start, ev.end)?.toString(), `${name} ${r.id}`).toBe(section.text.slice(ev.start, ev.end));
      }
    }
  }
  return report;
}

// The engine's first audit compiles its patterns (seconds under a loaded test run): allow for it.
describe('label/value portal pages → audit', { timeout: 60_000 }, () => {
  for (const p of PAGES) {
    it(`${p.file}: every piece of evidence maps back to the page`, () => {
      expectEvidenceOnPage(extractPage(p), p.file);
    });
    it(`${p.file}: when the layout is not recognised, nothing is reported missing`, () => {
      const x = extractPage(p, p.breakLayout);
      expect(x.notice.gaps.length).toBeGreaterThan(0);
      expect(audit(x.notice, defaultCatalogue).counts.missing).toBe(0);
    });
  }

  it('sam_gov: every piece of evidence maps back to the page; its Section 508 and ENERGY STAR requirements are found', async () => {
    const x = await samPage();
    const report = expectEvidenceOnPage(x, 'sam-gov');
    const present = report.results.filter((r) => r.outcome === 'present');
    const description = x.notice.sections.find((s) => s.label === 'Description')!.id;
    // the synopsis binds quoters to Section 508 accessibility and ENERGY STAR / FEMP energy use
    expect(present.filter((r) => r.evidence.some((e) => e.section === description)).length).toBeGreaterThanOrEqual(2);
  });

  it('sam_gov: a description still loading leaves nothing missing', async () => {
    const x = await samPage((h) => h.replace(/"description": "[^\n]*",\n/, '"description": "",\n'));
    expect(x.notice.gaps.length).toBeGreaterThan(0);
    expect(audit(x.notice, defaultCatalogue).counts.missing).toBe(0);
  });
});
