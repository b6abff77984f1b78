/**
 * The in-page panel: a small badge in the bottom-right corner ("3 missing") that opens the list of missing,
 * uncertain and present criteria of the notice. Plain DOM, no framework (the content script stays small).
 *
 * Isolation and styling. The panel lives in a shadow root on a `<tender-lens-panel data-tender-lens="panel">`
 * host appended to <html> (outside <body>: the page's own element counts and selectors do not see it). Every
 * style comes from the extension's manifest CSS (style.css): the host itself (`all: initial`, `position: fixed`,
 * so the page's layout never moves) and the inside through `part` attributes (`tender-lens-panel::part(badge)`).
 * Why not a <style> in the shadow root (WXT's createShadowRootUi with cssInjectionMode 'ui')? Firefox applies
 * the page's Content-Security-Policy to <style> elements a content script inserts, so a strict `style-src`
 * strips the panel bare (violentmonkey#2002, mozilla/firefox-translations#272); 'ui' mode would also take
 * style.css out of the manifest, and the ::highlight() rules must stay document-level. An adopted constructed
 * stylesheet is reported not to apply from Firefox content scripts (chrome-extension-boilerplate-react-vite#174,
 * Bugzilla 1770592). Manifest CSS is applied by the browser itself, whatever the page's CSP, in Chrome and
 * Firefox alike, and `::part()` is how a document-level sheet styles a shadow tree. No `style` attribute
 * either (CSP `style-src` blocks those too).
 *
 * Everything from the report is set with textContent: a notice's text can never become markup here.
 * Keyboard: the badge is a disclosure button (aria-expanded); Tab walks the panel's buttons in order; Escape
 * closes it and puts the focus back on the badge; focus rings come from `:focus-visible` in style.css.
 */
import type { CriterionName } from '../../utils/messages';
import type { CriterionResult, Outcome, Report } from '../../utils/report';
import { STRINGS, badgeLabel, chosenPanelLanguage, countOf, type PanelLang, type PanelStrings } from './i18n';
import { MARK_ATTRIBUTE } from './marks';

export const PANEL_TAG = 'tender-lens-panel';
/** Longest quote of evidence shown under a present criterion. */
const QUOTE_MAX = 160;

export interface PanelModel {
  report: Report;
  names: Record<string, CriterionName>;
  lang: PanelLang;
  /** Index of the first piece of the criterion's evidence that is on the page, or -1. */
  evidenceOnPage: (criterionId: string) => number;
}

export interface PanelActions {
  /** Scrolls the page to the passage and marks it; false when it is not on the page any more. */
  showEvidence(criterionId: string, index: number): boolean;
  /** Asks for the criterion's model clauses; true when something opened them. */
  openClauses(criterionId: string): Promise<boolean>;
  hideOnSite(): void;
}

export interface Panel {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly expanded: boolean;
  update(model: PanelModel): void;
  expand(): void;
  collapse(): void;
  remove(): void;
}

type Attrs = Record<string, string>;

export function createPanel(doc: Document, actions: PanelActions): Panel {
  const host = doc.createElement(PANEL_TAG);
  host.setAttribute(MARK_ATTRIBUTE, 'panel');
  const shadow = host.attachShadow({ mode: 'open' });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, part: string, text?: string, attrs: Attrs = {}) => {
    const e = doc.createElement(tag);
    e.setAttribute('part', part);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const button = (text: string, part: string, onClick: () => void, attrs: Attrs = {}) => {
    const b = el('button', `button ${part}`.trim(), text, { type: 'button', ...attrs });
    b.addEventListener('click', onClick);
    return b;
  };

  const frame = el('div', 'frame');
  const badge = el('button', 'badge', undefined, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'tl-panel' });
  const panel = el('section', 'panel', undefined, { id: 'tl-panel', 'aria-labelledby': 'tl-title', hidden: '' });
  frame.append(badge, panel);
  shadow.append(frame);

  let expanded = false;
  let strings: PanelStrings = STRINGS.en;
  let status: HTMLElement | null = null;

  const setExpanded = (open: boolean, focusBadge = false) => {
    expanded = open;
    badge.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('hidden', !open);
    panel.setAttribute('part', open ? 'panel open' : 'panel');
    if (focusBadge) badge.focus();
  };
  badge.addEventListener('click', () => setExpanded(!expanded));

  // Keys pressed in the panel are ours: the portal's own shortcuts do not fire while the user walks our buttons.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    shadow.addEventListener(type, (e) => {
      const k = e as KeyboardEvent;
      if (type === 'keydown' && k.key === 'Escape' && expanded) {
        k.preventDefault();
        setExpanded(false, true);
      }
      e.stopPropagation();
    });
  }

  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const item = (r: CriterionResult, model: PanelModel): HTMLLIElement => {
    const name = model.names[r.id]?.name ?? r.id;
    const why = model.names[r.id]?.why;
    const li = el('li', `item ${r.outcome}`, undefined, { 'data-criterion': r.id });
    li.append(el('span', 'name', name));
    if (r.outcome === 'present') {
      const quote = r.evidence.find((e) => e.text.trim())?.text.trim();
      if (quote) li.append(el('q', 'quote', quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote));
      const index = model.evidenceOnPage(r.id);
      if (index >= 0) {
        li.append(
          button(strings.showEvidence, 'action', () => say(actions.showEvidence(r.id, index) ? '' : strings.gone), {
            'aria-label': `${strings.showEvidence}${strings.colon}${name}`,
            'data-key': `show:${r.id}`,
          }),
        );
      } else {
        li.append(el('span', 'note', strings.notOnPage));
      }
      return li;
    }
    if (r.outcome === 'missing' && why) li.append(el('span', 'why', why));
    if (r.reason) li.append(el('span', 'reason', r.reason));
    else if (r.outcome === 'uncertain' && why) li.append(el('span', 'why', why));
    li.append(
      button(
        strings.modelClauses,
        'action',
        () => {
          say('');
          actions.openClauses(r.id).then(
            (opened) => say(opened ? '' : strings.clausesInPopup),
            () => say(strings.clausesInPopup),
          );
        },
        { 'aria-label': `${strings.modelClauses}${strings.colon}${name}`, 'data-key': `clauses:${r.id}` },
      ),
    );
    return li;
  };

  const update = (model: PanelModel) => {
    // the language chosen in the options, when the bridge has read it (it has, before any audit answered)
    const lang = chosenPanelLanguage() ?? model.lang;
    strings = STRINGS[lang];
    const focusedKey = (shadow.activeElement as HTMLElement | null)?.getAttribute('data-key');
    const count = (o: Outcome) => model.report.results.filter((r) => r.outcome === o).length;
    const [m, u, p] = [count('missing'), count('uncertain'), count('present')];

    frame.setAttribute('lang', lang);
    badge.setAttribute('part', m > 0 ? 'badge missing' : 'badge complete');
    badge.setAttribute('aria-label', badgeLabel(lang, m, u, p)); // holds the visible text (label in name)
    badge.textContent = countOf(lang, m, 'missing');

    const header = el('div', 'header');
    header.append(
      el('h2', 'title', 'Tender Lens', { id: 'tl-title' }),
      button('×', 'close', () => setExpanded(false, true), { 'aria-label': strings.close }),
    );
    const body = el('div', 'body', undefined, { tabindex: '0', role: 'group', 'aria-labelledby': 'tl-title' });
    for (const [outcome, label, n] of [
      ['missing', strings.missing, m],
      ['uncertain', strings.uncertain, u],
      ['present', strings.present, p],
    ] as const) {
      if (!n) continue;
      body.append(el('h3', `heading ${outcome}`, `${label} (${n})`));
      const list = el('ul', 'list');
      for (const r of model.report.results) if (r.outcome === outcome) list.append(item(r, model));
      body.append(list);
    }
    const footer = el('div', 'footer');
    status = el('p', 'status', '', { role: 'status' });
    footer.append(status, button(strings.hideOnSite, 'quiet', () => actions.hideOnSite(), { 'data-key': 'hide' }));
    panel.replaceChildren(header, body, footer);

    // A re-audit rebuilds the list: the focus stays on the same button.
    if (focusedKey) [...shadow.querySelectorAll<HTMLElement>('[data-key]')].find((e) => e.getAttribute('data-key') === focusedKey)?.focus();
  };

  doc.documentElement.append(host);
  return {
    host,
    shadow,
    get expanded() {
      return expanded;
    },
    update,
    expand: () => setExpanded(true),
    collapse: () => setExpanded(false),
    remove: () => host.remove(),
  };
}
