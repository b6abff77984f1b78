/**
 * Drafting mode: on a portal page that is a form, not a notice, the officer's draft is checked as they write.
 * Once typing stops (DRAFT_DEBOUNCE_MS after the last `input` in a field, or right after a clause is inserted),
 * the form's fields are read into a Notice (readDraft), the background audits it as it audits a notice (the
 * same `audit` message), and the in-page panel and the popup show what the draft still lacks.
 *
 * On a notice page it does nothing: the notice is what is checked there (lens.ts), and typing in the portal's
 * search box must not replace its report. A page becomes a draft only once the officer has written at least
 * MIN_DRAFT_CHARS in its fields: a one-word comment box does not bring up a report. The same draft text is
 * never audited twice in a row (hash of what was read).
 * No highlights (the text is in form fields): "Show evidence" scrolls to the field that holds the passage.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Notice, NoticeSection, SectionKind } from '../../utils/notice';
import { findCpvCodes, headingKind } from '../../utils/parsers/common';
import { portalNotice } from '../../utils/parsers/portal-pages';
import { describeField, fieldText, formFields, labelOf, sourceElement, type Field } from './fields';
import type { FieldTracker } from './field-tracker';
import { hidePanelOn, isPanelHiddenOn } from './hidden-sites';
import { panelLanguage } from './i18n';
import { log, type Audited, type LensDeps } from './lens';
import { PANEL_TAG, createPanel, type Panel } from './panel';
import { hashText } from './watch';

/** Quiet time after the last keystroke before the draft is read and audited. */
export const DRAFT_DEBOUNCE_MS = 600;
/** Below this much text in all fields together, the page is not (yet) a draft. */
export const MIN_DRAFT_CHARS = 40;

const TITLE_LABEL = /\b(?:title|titre|titel|t[íi]tulo|intitulé|name of the (?:contract|procurement|tender))\b/i;
const DESCRIPTION_LABEL = /\b(?:descri(?:ption|ptif)|beschreibung|descripción|object of the contract|objet du marché)\b/i;
const CPV_LABEL = /\bCPV\b/i;

/** The kind of passage a field's label announces; the description and title labels of a form too. */
export function kindOfLabel(label: string): SectionKind {
  return headingKind(label) ?? (DESCRIPTION_LABEL.test(label) ? 'description' : 'other');
}

export interface Draft {
  notice: Notice;
  /** The field each section was read from (section id → field): where "Show evidence" goes. */
  fields: Map<string, Field>;
}

/**
 * The form's fields as a Notice: the title from the field labelled as the title, CPV codes from a field labelled
 * CPV, and one section per filled multi-line field (text areas, editors) or single-line field whose label names
 * a part of a notice ("Award criteria"), labelled with the field's label. Null when the page holds less than
 * MIN_DRAFT_CHARS of text in those fields.
 */
export function readDraft(doc: Document, url: URL): Draft | null {
  let title = '';
  const cpv: string[] = [];
  const sections: NoticeSection[] = [];
  const fields = new Map<string, Field>();
  let chars = 0;
  let n = 0;
  for (const field of formFields(doc)) {
    if (field.el.closest('[role="search"], [data-tender-lens]')) continue;
    const text = fieldText(field).trim();
    if (!text) continue;
    const label = labelOf(sourceElement(field));
    if (CPV_LABEL.test(label)) {
      for (const c of findCpvCodes(text, true)) if (!cpv.includes(c)) cpv.push(c);
      continue;
    }
    const single = field.kind === 'input';
    if (single && !title && TITLE_LABEL.test(label)) {
      title = text;
      continue;
    }
    const kind = kindOfLabel(label);
    if (single && kind === 'other') continue; // a name, a reference, a search box: not a passage of the notice
    const id = `draft-${++n}`;
    sections.push({ id, label: label || describeField(field), kind, text });
    fields.set(id, field);
    chars += text.length;
  }
  if (chars < MIN_DRAFT_CHARS) return null;
  for (const s of sections) for (const c of findCpvCodes(s.text)) if (!cpv.includes(c)) cpv.push(c);
  if (title) sections.unshift({ id: 'draft-title', label: 'Title', kind: 'title', text: title });
  const notice = portalNotice({ url: url.href, title, htmlLang: doc.documentElement.lang, sections, cpv, gaps: [] });
  return { notice, fields };
}

export interface Drafting {
  /** Checks the draft again soon (after typing stops). */
  schedule(): void;
  /** A client-side navigation: what was shown belongs to the previous page. */
  navigate(): void;
}

export function startDrafting(ctx: ContentScriptContext, deps: LensDeps, tracker: FieldTracker): Drafting {
  let timer: number | undefined;
  let lastHash = '';
  let run = 0;
  let panel: Panel | null = null;
  let hidden: boolean | null = null;
  let draft: Draft | null = null;

  const onNotice = () => {
    const here = new URL(location.href);
    const adapter = deps.findAdapter(here);
    return !!adapter && adapter.isNotice(here);
  };

  const removePanel = () => {
    try {
      panel?.remove();
    } catch {
      // already gone with the page
    }
    panel = null;
  };

  const showEvidence = (criterion: string, index: number): boolean => {
    const section = panelModel?.report.results.find((r) => r.id === criterion)?.evidence[index]?.section;
    const field = section ? draft?.fields.get(section) : undefined;
    if (!field?.el.isConnected) return false;
    (field.frame ?? field.el).scrollIntoView({ block: 'center' });
    return true;
  };
  let panelModel: { report: Audited['report'] } | null = null;

  const paint = async (audited: Audited, notice: Notice) => {
    panelModel = audited;
    hidden ??= await isPanelHiddenOn(location.hostname, deps.settings).catch(() => false);
    if (hidden || ctx.isInvalid) return;
    // the lens's panel (a notice) never shares the page with ours
    if (!panel && document.querySelector(PANEL_TAG)) return;
    panel ??= createPanel(document, {
      showEvidence,
      openClauses: (criterion) => deps.openClauses(criterion),
      hideOnSite: () => {
        hidden = true;
        removePanel();
        hidePanelOn(location.hostname, deps.settings).catch((e: unknown) => log('could not remember the hidden site:', e));
      },
    });
    const fieldsOf = draft?.fields;
    panel.update({
      report: audited.report,
      names: audited.names,
      lang: panelLanguage(deps.language(), notice.language),
      evidenceOnPage: (id) => audited.report.results.find((r) => r.id === id)?.evidence.findIndex((e) => !!fieldsOf?.has(e.section)) ?? -1,
    });
  };

  const check = async () => {
    if (ctx.isInvalid || onNotice()) return;
    const read = readDraft(document, new URL(location.href));
    if (!read) return;
    const hash = hashText(JSON.stringify([read.notice.title, read.notice.cpv, read.notice.sections.map((s) => [s.label, s.text])]));
    if (hash === lastHash) return;
    lastHash = hash;
    const mine = ++run;
    draft = read;
    const lang = panelLanguage(deps.language(), read.notice.language);
    const audited = await deps.audit(read.notice, lang);
    if (mine !== run || ctx.isInvalid || !audited) return;
    deps.notify({ type: 'highlighted', count: 0 }); // the report is complete: nothing to highlight in form fields
    await paint(audited, read.notice);
  };

  const schedule = () => {
    if (ctx.isInvalid) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      check().catch((e: unknown) => log('could not check the draft:', e));
    }, DRAFT_DEBOUNCE_MS);
  };

  tracker.onInput(schedule);
  ctx.onInvalidated(removePanel);

  return {
    schedule,
    navigate() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      run++;
      lastHash = '';
      draft = null;
      panelModel = null;
      removePanel();
      schedule(); // the new page may be a form with the draft still in it
    },
  };
}
