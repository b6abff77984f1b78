/**
 * The report as a print-ready HTML page, complete in one file (opened from disk, attached to an e-mail).
 *
 * Notice text is third-party content: every value put into the page goes through escapeHtml, and the page
 * carries a strict Content-Security-Policy that allows only its own style sheet and print script (by their
 * sha256), no other script, style, image, font, frame or form target. So even a quote that got through as
 * markup could neither run nor load anything. The hashes are checked by tests/export/html.test.ts.
 */
import { displayDate, OUTCOME_ORDER, safeUrl, type ExportDocument } from './document';
import { escapeHtml as h } from './escape';
import { OUTCOME_KEYS } from './labels';
import { translator } from '../ui-i18n';

export const HTML_STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
body{margin:0}
main{max-width:52rem;margin:0 auto;padding:2rem 1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}
.kind{margin:0;color:#57606a;font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
.o{font-weight:600;white-space:nowrap}
.o-missing{color:#9a3412}
.o-uncertain{color:#1e40af}
.o-present{color:#166534}
.o-not-applicable{color:#57606a}
.reason{margin:.2rem 0;font-style:italic}
figure{margin:.4rem 0 .8rem}
blockquote{margin:0;padding:.2rem .8rem;border-left:4px solid #8c959f;background:#f6f8fa;white-space:pre-wrap;overflow-wrap:anywhere}
figcaption{color:#57606a;font-size:.9rem}
footer{margin-top:2.5rem;color:#57606a;font-size:.85rem;border-top:1px solid #d0d7de;padding-top:.6rem}
button{font:inherit;padding:.35rem 1rem;border:1px solid #1f2328;border-radius:6px;background:#fff;color:#1f2328;cursor:pointer}
button:focus-visible{outline:3px solid #0969da;outline-offset:2px}
@media print{.actions{display:none}main{max-width:none;padding:0}h2,h3{break-after:avoid}figure,tr{break-inside:avoid}a{color:inherit}}
`;

/** The only script: the Print button. */
export const HTML_SCRIPT = `document.getElementById("print").addEventListener("click",function(){window.print()});`;

/** sha256 of HTML_STYLE and HTML_SCRIPT, base64 (CSP source expressions). */
export const HTML_STYLE_HASH = 'sha256-SsrkEnby9caBBiVsoR07xoAJ7SMM8iwytqPm5fYrYfI=';
export const HTML_SCRIPT_HASH = 'sha256-Jl0J4zGwzlkn1knGoO6FNchFw3ASc0XKmH/Sh6Rl5ZE=';

export const HTML_CSP = [
  "default-src 'none'",
  `style-src '${HTML_STYLE_HASH}'`,
  `script-src '${HTML_SCRIPT_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A language tag the page may put in lang="…" (the notice's says "und" when unknown). */
const langAttr = (code: string) => (/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(code) && code !== 'und' ? ` lang="${h(code)}"` : '');

export function reportHtml(doc: ExportDocument): string {
  const { t, colon, percent } = translator(doc.lang);
  const outcomeName = (o: keyof typeof OUTCOME_KEYS) => t(OUTCOME_KEYS[o]);
  const n = doc.notice;
  const title = n.title || t('report_untitled');
  const nl = langAttr(n.language);
  const url = safeUrl(n.url);
  const meta: [string, string][] = [];
  if (n.id) meta.push([t('report_notice'), h(n.id)]);
  if (n.url) meta.push([t('doc_url'), url ? `<a href="${h(url)}" rel="noreferrer noopener">${h(n.url)}</a>` : h(n.url)]);
  if (n.buyer) meta.push([t('doc_buyer'), `${h(n.buyer)}${n.buyerCountry ? ` (${h(n.buyerCountry)})` : ''}`]);
  meta.push([t('doc_audited'), `<time datetime="${h(doc.auditedAt)}">${h(displayDate(doc.auditedAt))}</time>`]);
  meta.push([t('doc_versions'), `${h(t('doc_engine'))} ${h(doc.engineVersion)}, ${h(t('doc_catalogue'))} ${h(doc.catalogueVersion)}`]);
  const { coverage, counts } = doc;

  const out: string[] = [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`, // a constant, no quote in it
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(t('doc_report'))}${colon}${h(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<p class="kind">${h(t('doc_report'))}</p>`,
    `<h1${nl}>${h(title)}</h1>`,
    `<dl>${meta.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<p class="actions"><button type="button" id="print">${h(t('doc_print'))}</button></p>`,
    '</header>',
    '<section aria-labelledby="coverage">',
    `<h2 id="coverage">${h(t('coverage_title'))}${colon}${coverage.percent === null ? '–' : percent(coverage.percent)}</h2>`,
    `<p>${h(coverage.percent === null ? t('coverage_none') : t('coverage_line', coverage.present, coverage.applicable))}. ${OUTCOME_ORDER.map((o) => `${h(outcomeName(o))}${colon}${counts[o]}`).join(' · ')}.</p>`,
    `<table><thead><tr><th scope="col">${h(t('doc_criterion'))}</th><th scope="col">${h(t('doc_outcome'))}</th></tr></thead><tbody>`,
    ...doc.criteria.map((c) => `<tr><td>${h(c.name)}</td><td class="o o-${c.outcome}">${h(outcomeName(c.outcome))}</td></tr>`),
    '</tbody></table>',
    '</section>',
  ];

  for (const outcome of OUTCOME_ORDER) {
    if (outcome === 'not-applicable') continue;
    const group = doc.criteria.filter((c) => c.outcome === outcome);
    if (!group.length) continue;
    out.push(`<section aria-labelledby="g-${outcome}">`, `<h2 id="g-${outcome}" class="o-${outcome}">${h(outcomeName(outcome))} (${group.length})</h2>`);
    for (const c of group) {
      out.push(`<h3>${h(c.name)}</h3>`);
      if (c.reason) out.push(`<p class="reason">${h(t('doc_reason'))}${colon}${h(c.reason)}</p>`);
      if (c.why) out.push(`<p>${h(t('doc_why'))}${colon}${h(c.why)}</p>`);
      for (const e of c.evidence) {
        out.push(
          '<figure>',
          ...(e.quote ? [`<blockquote${nl}>${h(e.quote)}</blockquote>`] : []),
          `<figcaption>${h(t('doc_source'))}${colon}${h(e.source)}${e.weak ? ` (${h(t('evidence_weak'))})` : ''}</figcaption>`,
          '</figure>',
        );
      }
    }
    out.push('</section>');
  }
  out.push(`<footer><p>${h(t('doc_footer'))}</p></footer>`, '</main>', `<script>${HTML_SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}
