/** @vitest-environment happy-dom */
// The print-ready HTML export: complete, and page text never becomes markup (escaping plus a strict CSP).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../criteria/catalogue/index';
import { exportDocument } from '../../utils/export/document';
import { escapeHtml } from '../../utils/export/escape';
import { HTML_CSP, HTML_SCRIPT, HTML_SCRIPT_HASH, HTML_STYLE, HTML_STYLE_HASH, reportHtml } from '../../utils/export/html';
import type { Report } from '../../utils/report';
import { TED_URL, XSS, frenchReport, tedReport } from './helpers';

const AUDITED = Date.UTC(2026, 2, 4, 10, 20);
const render = (report: Report, lang = 'en', catalogue = criteria) => reportHtml(exportDocument(report, { auditedAt: AUDITED, lang, catalogue }));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

/** Every string of the report, and the catalogue's names, hostile. */
function hostile(): { report: Report; catalogue: typeof criteria } {
  const r = tedReport();
  const report: Report = {
    ...r,
    engineVersion: `1 ${XSS}`,
    catalogueVersion: `2 ${XSS}`,
    notice: { ...r.notice, title: `Title ${XSS}`, id: `id ${XSS}`, buyer: `Buyer ${XSS}`, buyerCountry: `"><b>`, url: 'javascript:alert(1)', language: 'en" onload="alert(1)' },
    results: r.results.map((x) => ({
      ...x,
      ...(x.outcome !== 'not-applicable' ? { reason: `Reason ${XSS}` } : {}),
      evidence: x.evidence.map((e) => ({ ...e, text: `Quote ${XSS}`, label: `Label ${XSS}`, ...(e.field ? { field: { ...e.field, label: `Field ${XSS}`, value: `v ${XSS}` } } : {}) })),
    })),
  };
  const catalogue = criteria.map((c) => ({ ...c, name: { ...c.name, en: `${c.name.en} ${XSS}` } }));
  return { report, catalogue };
}

describe('HTML export', () => {
  it('is a complete page: notice, address as a link, date, versions, every criterion with outcome, quote and reason', () => {
    const report = tedReport();
    const page = parse(render(report));
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.title).toBe('Tender Lens report: PV Servicing and Maintenance');
    expect(page.querySelector('h1')!.textContent).toBe('PV Servicing and Maintenance');
    const meta = page.querySelector('dl')!.textContent!;
    expect(meta).toContain('181161-2020');
    expect(meta).toContain('Scottish Water');
    expect(meta).toContain('2026-03-04 10:20 UTC');
    expect(meta).toContain(`engine ${report.engineVersion}, catalogue ${report.catalogueVersion}`);
    const link = page.querySelector('dl a')!;
    expect(link.getAttribute('href')).toBe(TED_URL);
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(page.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-04T10:20:00.000Z');
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toHaveLength(report.results.length);
    expect(rows).toContainEqual([criteria.find((c) => c.id === 'soc-labour-rights')!.name.en, 'Present']);
    const quotes = [...page.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toContain('Bidders must comply with modern slavery act and operate an ethical supply chain.');
    expect(page.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    expect(page.body.textContent).toContain(`Reason: ${report.results.find((r) => r.id === 'eco-life-cycle-cost')!.reason}`);
    // the Print button, hidden when printing
    expect(page.querySelector('button#print')!.textContent).toBe('Print');
    expect(HTML_STYLE).toMatch(/@media print\{\.actions\{display:none\}/);
  });

  it('speaks French for a French UI', () => {
    const page = parse(render(frenchReport(), 'fr'));
    expect(page.documentElement.getAttribute('lang')).toBe('fr');
    expect(page.querySelector('button#print')!.textContent).toBe('Imprimer');
    expect(page.querySelector('thead')!.textContent).toBe('CritèreRésultat');
  });

  it('allows only its own style and script, by hash, and nothing else', () => {
    expect(HTML_STYLE_HASH).toBe(sha256(HTML_STYLE));
    expect(HTML_SCRIPT_HASH).toBe(sha256(HTML_SCRIPT));
    const page = parse(render(tedReport()));
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(csp.getAttribute('content')).toBe(HTML_CSP);
    expect(HTML_CSP).toBe(`default-src 'none'; style-src '${HTML_STYLE_HASH}'; script-src '${HTML_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`);
    // the policy comes before anything it governs
    expect(page.head.firstElementChild!.getAttribute('charset')).toBe('utf-8');
    expect(page.head.children[1]).toBe(csp);
    expect([...page.querySelectorAll('script')].map((s) => s.textContent)).toEqual([HTML_SCRIPT]);
    expect([...page.querySelectorAll('style')].map((s) => s.textContent)).toEqual([HTML_STYLE]);
  });

  it('keeps every interpolated value as text', () => {
    const { report, catalogue } = hostile();
    const html = render(report, 'en', catalogue);
    const page = parse(html);
    // no element, attribute or script came from the report
    expect(page.querySelectorAll('img, b, iframe, object, embed, form, base, link').length).toBe(0);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    for (const el of page.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) expect(a.startsWith('on'), `${el.tagName} ${a}`).toBe(false);
    }
    // an address that is not http(s) is shown, not linked
    expect(page.querySelectorAll('a')).toHaveLength(0);
    expect(page.querySelector('dl')!.textContent).toContain('javascript:alert(1)');
    // a language tag that is not one is left out
    expect(page.querySelector('h1')!.hasAttribute('lang')).toBe(false);
    // and the text reads as written
    expect(page.querySelector('h1')!.textContent).toBe(`Title ${XSS}`);
    expect(page.title).toBe(`Tender Lens report: Title ${XSS}`);
    expect(page.querySelector('blockquote')!.textContent).toBe(`Quote ${XSS}`);
    const captions = [...page.querySelectorAll('figcaption')].map((f) => f.textContent);
    expect(captions).toContain(`Source: Label ${XSS}`);
    expect(captions.some((c) => c!.includes(`Field ${XSS}: v ${XSS}`))).toBe(true);
    expect(page.querySelector('tbody td')!.textContent).toContain(XSS);
    expect(page.body.textContent).toContain(`Reason: Reason ${XSS}`);
    expect(page.querySelector('dl')!.textContent).toContain(`engine 1 ${XSS}, catalogue 2 ${XSS}`);
    // the raw file holds the markup only escaped
    expect(html).not.toContain('<img');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes the five characters of HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
  });
});
