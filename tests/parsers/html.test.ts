import { describe, expect, it } from 'vitest';
import { NO_MAIN_CONTENT_GAP, parseHtml } from '../../utils/parsers/html';
import { fixture } from './fixture';

const allText = (n: ReturnType<typeof parseHtml>) => n.sections.map((s) => `${s.label}\n${s.text}`).join('\n');

describe('parseHtml: Find a Tender notice page (fts_national_framework_adalimumab_2023.html)', () => {
  const n = parseHtml(fixture('html/find_a_tender/fts_national_framework_adalimumab_2023.html'), {
    url: 'https://www.find-tender.service.gov.uk/Notice/008624-2023',
  });

  it('reads the main content of a generic page', () => {
    expect(n.format).toBe('html');
    expect(n.title).toBe('National Framework Agreement for Adalimumab Injection 1 April 2023');
    expect(n.language).toBe('en');
    expect(n.id).toBe('008624-2023');
    expect(n.cpv).toEqual(['33600000']);
    expect(n.gaps).toEqual([]);
  });

  it('makes the II.2.5 award criteria block an award section', () => {
    const award = n.sections.filter((s) => s.label === 'II.2.5) Award criteria');
    expect(award).toHaveLength(4); // one per lot
    for (const s of award) expect(s).toMatchObject({ kind: 'award', text: 'Price' });
  });

  it('never reads the footer, cookie banner, side menu or spoken-only heading text', () => {
    const text = allText(n);
    expect(text).not.toContain('Accessibility statement');
    expect(text).not.toMatch(/cookies/i);
    expect(text).not.toContain('Share this notice');
    expect(text).not.toContain('two.2.5) Award criteria'); // span.aria-only
    expect(text).toContain('Price is not the only award criterion');
  });

  it('gives unique section ids', () => {
    const ids = n.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseHtml: UNGM notice page (notice_29165.html)', () => {
  const n = parseHtml(fixture('html/ungm/notice_29165.html'));

  it('keeps the site menu out of the sections', () => {
    const text = allText(n);
    for (const menu of ['Sustainable Procurement Tools', 'Gender Responsive Procurement', "Women's Empowerment Principles", 'Sustainable Development Goals']) {
      expect(text).not.toContain(menu);
    }
  });

  it('reads the notice body', () => {
    const text = allText(n);
    expect(text).toContain('RFP for the development, production and implementation of creative performances');
    expect(text).toContain('Increase capacity of volunteers in using art techniques to address gender-based violence;');
    expect(n.language).toBe('en');
    expect(n.gaps).toEqual([]);
    expect(n.cpv).toEqual([]);
    expect(n.otherClassifications?.slice(0, 2)).toEqual([
      { scheme: 'UNSPSC', code: '43000000' },
      { scheme: 'UNSPSC', code: '43190000' },
    ]);
  });
});

describe('parseHtml: TED rendered notice (data-labels-key)', () => {
  // Hand-made snippet in the shape of TED's server-rendered eForms notice (div#summary, div#notice, span.label
  // with data-labels-key="field|name|BT-xx-Level", code values with data-labels-key="code|name|<list>.<code>",
  // sections div#section5.1_<n>), wrapped in site chrome that must not be read. Not a saved TED page.
  const html = `<!DOCTYPE html>
<html lang="en"><head><title>123456-2024 - TED</title></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/sustainable">Sustainable procurement</a></nav></header>
<div id="cookie-consent">We use cookies. Accessibility statement.</div>
<div id="summary">
  <span class="bold" id="notInPdf">123456-2024 - Competition</span>
  <div class="bold">Belgium – Electric buses – Supply of zero-emission buses</div>
</div>
<div id="notice">
  <div id="section1_1">
    <div><span class="label" data-labels-key="field|name|BT-500-Organization-Company">Official name</span><span>:&nbsp;</span><span class="data">City of Example</span></div>
  </div>
  <div id="section2_1">
    <div><span class="label" data-labels-key="field|name|BT-21-Procedure">Title</span><span>:&nbsp;</span><span class="data">Supply of zero-emission buses</span></div>
    <div><span class="label" data-labels-key="field|name|BT-24-Procedure">Description</span><span>:&nbsp;</span><span class="data">Purchase of 20 battery-electric city buses.</span></div>
    <div><span class="label" data-labels-key="field|name|BT-23-Procedure">Nature of the contract</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|contract-nature.supplies">Supplies</span></div>
    <div><span class="label" data-labels-key="business-term|name|BT-262">Main classification</span><span>:&nbsp;</span><span class="data">34144910</span> <span class="data" data-labels-key="code|name|cpv.34144910">Electric buses</span></div>
  </div>
  <div id="section5_1">
    <div id="section5.1_1">
      <div><span class="label" data-labels-key="field|name|BT-137-Lot">Lot</span><span>:&nbsp;</span><span class="data">LOT-0001</span></div>
      <div><span class="label" data-labels-key="field|name|BT-21-Lot">Title</span><span>:&nbsp;</span><span class="data">Buses, lot 1</span></div>
      <div><span class="label" data-labels-key="business-term|name|BT-263">Additional classification</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|cpv.34144900">Electric vehicles</span></div>
      <div id="section5.1.7_1">
        <div><span class="label" data-labels-key="field|name|BT-06-Lot">Aim of strategic procurement</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|strategic-procurement.env-imp">Reduction of environmental impacts</span></div>
        <div><span class="label" data-labels-key="field|name|BT-777-Lot">Description</span><span>:&nbsp;</span><span class="data">Zero tailpipe emissions are required.</span></div>
        <div><span class="label" data-labels-key="field|name|BT-774-Lot">Approach to reducing environmental impacts</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|environmental-impact.clim-mitig">Climate change mitigation</span></div>
        <div><span class="label" data-labels-key="field|name|BT-717-Lot">Clean Vehicles Directive</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|indicator.true">yes</span></div>
      </div>
      <div id="section5.1.10_1">
        <div><span class="label" data-labels-key="field|name|BT-539-Lot">Type</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|award-criterion-type.quality">Quality</span></div>
        <div><span class="label" data-labels-key="field|name|BT-734-Lot">Name</span><span>:&nbsp;</span><span class="data">Energy consumption</span></div>
        <div><span class="label" data-labels-key="field|name|BT-540-Lot">Description</span><span>:&nbsp;</span><span class="data">Energy consumption in kWh/km measured with SORT 2.</span></div>
      </div>
      <div id="section5.1.12_1">
        <div><span class="label" data-labels-key="field|name|BT-70-Lot">Conditions relating to the performance of the contract</span><span>:&nbsp;</span><span class="data">The contractor shall take back and recycle the batteries.</span></div>
        <div><span class="label" data-labels-key="field|name|BT-71-Lot">Reserved participation</span><span>:&nbsp;</span><span class="data" data-labels-key="code|name|reserved-procurement.none">Participation is not reserved.</span></div>
      </div>
    </div>
  </div>
  <div><span class="label" data-labels-key="field|name|OPP-010-notice">Notice publication number</span><span>:&nbsp;</span><span class="data">00123456-2024</span></div>
</div>
<footer>Accessibility statement | Cookies | Sustainable procurement</footer>
</body></html>`;
  const n = parseHtml(html);

  it('reads the notice-level facts', () => {
    expect(n.format).toBe('ted-html');
    expect(n.title).toBe('Supply of zero-emission buses');
    expect(n.id).toBe('00123456-2024'); // OPP-010 wins over the summary line
    expect(n.buyer).toBe('City of Example');
    expect(n.contractNature).toBe('supplies');
    expect(n.language).toBe('en');
    expect(n.cpv).toEqual(['34144910', '34144900']);
    expect(n.lots).toEqual(['LOT-0001']);
  });

  it('makes free-text business terms into sections with the page label, kind from the BT and the lot', () => {
    expect(n.sections.map((s) => [s.id, s.kind, s.lot])).toEqual([
      ['PROC:BT-21:0', 'title', undefined],
      ['PROC:BT-24:0', 'description', undefined],
      ['LOT-0001:BT-21:0', 'title', 'LOT-0001'],
      ['LOT-0001:BT-777:0', 'strategic', 'LOT-0001'],
      ['LOT-0001:BT-734:0', 'award', 'LOT-0001'],
      ['LOT-0001:BT-540:0', 'award', 'LOT-0001'],
      ['LOT-0001:BT-70:0', 'performance', 'LOT-0001'],
    ]);
    expect(n.sections.find((s) => s.kind === 'performance')).toMatchObject({
      label: 'Conditions relating to the performance of the contract',
      text: 'The contractor shall take back and recycle the batteries.',
    });
  });

  it('reads codes as fields, with the text that describes them and the section that shows them', () => {
    expect(n.fields).toEqual([
      { bt: 'BT-06', value: 'env-imp', lot: 'LOT-0001', text: 'Zero tailpipe emissions are required.', section: 'section5.1.7_1' },
      { bt: 'BT-774', value: 'clim-mitig', lot: 'LOT-0001', section: 'section5.1.7_1' },
      { bt: 'BT-717', value: 'true', lot: 'LOT-0001', section: 'section5.1.7_1' },
      { bt: 'BT-539', value: 'quality', lot: 'LOT-0001', text: 'Energy consumption\nEnergy consumption in kWh/km measured with SORT 2.', section: 'section5.1.10_1' },
    ]);
  });

  it('reads nothing outside the notice container', () => {
    const text = allText(n);
    expect(text).not.toContain('Accessibility statement');
    expect(text).not.toContain('Sustainable procurement');
    expect(text).not.toMatch(/cookies/i);
  });
});

describe('parseHtml: other pages', () => {
  it('reads the whole body minus chrome when there is no main content, and says so in a gap', () => {
    const n = parseHtml(`<html lang="fr-FR"><head><title>Avis de marché – Ville</title></head><body>
      <header><a href="/">Accueil</a> Achats durables</header>
      <nav><ul><li>Politique d'achat responsable</li></ul></nav>
      <div class="cookie-banner">Nous utilisons des cookies.</div>
      <h2>Objet du marché</h2><p>Fourniture de mobilier de bureau.</p><p>CPV : 39130000-2</p>
      <h2>Critères d'attribution</h2>
      <h3>Valeur technique</h3><p>Part de bois certifié FSC ou PEFC : 20 %.</p>
      <h2>Conditions d'exécution</h2><p>Reprise des emballages.</p>
      <form><select><option>Option cachée</option></select></form>
      <aside>Actualités</aside>
      <footer>Mentions légales – Accessibilité</footer>
    </body></html>`);
    expect(n.gaps).toEqual([NO_MAIN_CONTENT_GAP]);
    expect(n.title).toBe('Avis de marché – Ville');
    expect(n.language).toBe('fr');
    expect(n.cpv).toEqual(['39130000']);
    expect(n.sections.map((s) => [s.label, s.kind, s.text])).toEqual([
      ['Objet du marché', 'other', 'Fourniture de mobilier de bureau.\nCPV : 39130000-2'],
      ['Valeur technique', 'award', 'Part de bois certifié FSC ou PEFC : 20 %.'],
      ["Conditions d'exécution", 'performance', 'Reprise des emballages.'],
    ]);
    const text = allText(n);
    for (const chrome of ['Achats durables', 'responsable', 'cookies', 'Option cachée', 'Actualités', 'Accessibilité']) expect(text).not.toContain(chrome);
  });

  it('prefers <main> and takes the title from its h1', () => {
    const n = parseHtml(`<html><body><nav>Menu: Green procurement</nav><main>
      <h1>Supply of LED street lights</h1>
      <p>${'The city buys LED luminaires for its streets. '.repeat(3)}</p>
      <h2>Technical specifications</h2><p>Luminaires shall reach 140 lm/W.</p>
      <h2>Selection criteria</h2><p>ISO 14001 or equivalent.</p>
    </main></body></html>`);
    expect(n.gaps).toEqual([]);
    expect(n.title).toBe('Supply of LED street lights');
    expect(n.language).toBe('en');
    expect(n.sections.map((s) => s.kind)).toEqual(['other', 'specification', 'selection']);
    expect(allText(n)).not.toContain('Menu');
  });
});
