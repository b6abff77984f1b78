/**
 * Per-tab reports, kept by the background: what the toolbar badge shows for a tab, and where the tab's
 * report lives between the content script's audit and the popup opening.
 *
 * Reports go in `browser.storage.session` under `tab:<id>`: an MV3 service worker (or a Firefox event
 * page) is stopped after ~30 s idle, so module state would be lost; session storage survives that, stays
 * in memory, is wiped when the browser closes, and by default is not readable from content scripts.
 *
 * No DOM and no zod here: the background imports this file, and the pure badge functions are unit-tested.
 */
import { browser } from 'wxt/browser';
import type { Notice } from './notice';
import type { ContentMessage, GetReportResponse, PopupMessage } from './messages';
import { OUTCOMES, type CriterionResult, type Outcome, type Report } from './report';

/** The manifest's `action.default_title` (wxt.config.ts): what the button says on a tab without a notice. */
export const DEFAULT_TITLE = 'Tender Lens';

/**
 * Badge background colours. White text on both is above 4.5:1 (amber-700 5.0:1, green-700 5.0:1).
 * Amber rather than red for "missing": most published notices miss something, and a permanently red
 * button reads as an error of the page or of the extension; amber says "worth a look".
 */
export const BADGE_COLOURS = { missing: '#B45309', complete: '#15803D', text: '#FFFFFF' } as const;

export interface TabReport {
  report: Report;
  /** How many evidence passages the page shows highlighted; null until the content script says. */
  highlighted: number | null;
}

export interface Badge {
  text: string;
  colour: string;
  title: string;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Outcome counts, from the results themselves (what the popup lists), not from `report.counts`. */
export function countOutcomes(results: readonly CriterionResult[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}

/**
 * Badge policy:
 * - no notice on the page (null): empty badge, so the button is quiet on every other site;
 * - a notice: the number of missing criteria, "0" included. A recognised notice with nothing missing is a
 *   result the user wants to see ("audited, nothing missing"), distinct from "no notice here"; hiding it
 *   would make a complete notice look like an unrecognised page. A digit rather than "✓": one measure
 *   whatever the state, no glyph that toolbar fonts render unevenly, and the colour is never the only cue.
 * - more than 99: "99+" (a toolbar badge fits about four characters).
 */
export function badgeText(report: Report | null): string {
  if (!report) return '';
  const missing = countOutcomes(report.results).missing;
  return missing > 99 ? '99+' : String(missing);
}

export function badgeColour(report: Report | null): string {
  return report && countOutcomes(report.results).missing > 0 ? BADGE_COLOURS.missing : BADGE_COLOURS.complete;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Tender Lens: 3 criteria missing, 2 present" (uncertain added when there are any). */
export function badgeTitle(report: Report | null): string {
  if (!report) return DEFAULT_TITLE;
  const c = countOutcomes(report.results);
  const parts = [`${plural(c.missing, 'criterion', 'criteria')} missing`];
  if (c.uncertain > 0) parts.push(`${c.uncertain} uncertain`);
  parts.push(`${c.present} present`);
  return `${DEFAULT_TITLE}: ${parts.join(', ')}`;
}

export function badgeFor(report: Report | null): Badge {
  return { text: badgeText(report), colour: badgeColour(report), title: badgeTitle(report) };
}

// --- Messages: checked at the boundary (a content script runs in the portal's renderer) -----------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Shape check of a Report, enough that the badge and the popup cannot trip over it (no zod in the background). */
export function isReport(v: unknown): v is Report {
  if (!isObject(v) || !isObject(v.notice) || !Array.isArray(v.results)) return false;
  if (typeof v.notice.title !== 'string' || typeof v.notice.language !== 'string') return false;
  return v.results.every(
    (r) =>
      isObject(r) &&
      typeof r.id === 'string' &&
      (OUTCOMES as readonly unknown[]).includes(r.outcome) &&
      Array.isArray(r.evidence) &&
      r.evidence.every(isEvidence),
  );
}

function isEvidence(e: unknown): boolean {
  return (
    isObject(e) &&
    typeof e.text === 'string' &&
    typeof e.section === 'string' &&
    typeof e.start === 'number' &&
    (e.field === undefined || (isObject(e.field) && typeof e.field.value === 'string'))
  );
}

/** Shape check of a Notice from a content script (which runs in the portal's renderer): enough for the engine. */
export function isNotice(v: unknown): v is Notice {
  if (!isObject(v) || typeof v.title !== 'string' || typeof v.language !== 'string' || typeof v.format !== 'string') return false;
  if (!Array.isArray(v.cpv) || !v.cpv.every((c) => typeof c === 'string')) return false;
  if (!Array.isArray(v.gaps) || !v.gaps.every((g) => typeof g === 'string')) return false;
  if (v.lots !== undefined && !(Array.isArray(v.lots) && v.lots.every((l) => typeof l === 'string'))) return false;
  const sectionOk = (s: unknown) =>
    isObject(s) && typeof s.id === 'string' && typeof s.label === 'string' && typeof s.kind === 'string' && typeof s.text === 'string';
  const fieldOk = (f: unknown) => isObject(f) && typeof f.bt === 'string' && typeof f.value === 'string';
  return Array.isArray(v.sections) && v.sections.every(sectionOk) && Array.isArray(v.fields) && v.fields.every(fieldOk);
}

export function isContentMessage(m: unknown): m is ContentMessage {
  if (!isObject(m)) return false;
  if (m.type === 'no-notice') return true;
  if (m.type === 'highlighted') return Number.isInteger(m.count) && (m.count as number) >= 0;
  return m.type === 'audit' && isNotice(m.notice);
}

export function isPopupMessage(m: unknown): m is PopupMessage {
  return isObject(m) && m.type === 'get-report' && Number.isInteger(m.tabId);
}

// --- Store over browser.storage.session ---------------------------------------------------------------

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return isObject(stored) && isReport(stored.report)
    ? { report: stored.report, highlighted: typeof stored.highlighted === 'number' ? stored.highlighted : null }
    : null;
}

export async function getReportResponse(tabId: number): Promise<GetReportResponse> {
  const stored = await getTabReport(tabId);
  return stored ? { report: stored.report, highlighted: stored.highlighted ?? 0 } : { report: null, highlighted: 0 };
}

async function setBadge(tabId: number, report: Report | null): Promise<void> {
  const badge = badgeFor(report);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
    // Chrome 110+ and Firefox; Chrome otherwise picks the text colour itself.
    browser.action.setBadgeTextColor?.({ tabId, color: BADGE_COLOURS.text }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}

/**
 * One queue per tab: a report and a "no-notice" (or a navigation) arriving close together are applied in
 * the order they came, so a late storage write can never resurrect a cleared badge.
 */
const queues = new Map<number, Promise<void>>();
function serialise(tabId: number, task: () => Promise<void>): Promise<void> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
    // The tab may have closed in between: the action API then rejects, and there is nothing left to update.
    console.debug(`Tender Lens: tab ${tabId} not updated`, error);
  });
  queues.set(tabId, run);
  void run.finally(() => {
    if (queues.get(tabId) === run) queues.delete(tabId);
  });
  return run;
}

/** Stores a tab's report and shows its badge. */
export function saveTabReport(tabId: number, value: TabReport): Promise<void> {
  return serialise(tabId, async () => {
    await browser.storage.session.set({ [tabKey(tabId)]: value });
    await setBadge(tabId, value.report);
  });
}

/** Records how many passages the page shows highlighted, for the tab's current report. */
export function setHighlighted(tabId: number, count: number): Promise<void> {
  return serialise(tabId, async () => {
    const stored = await getTabReport(tabId);
    if (stored) await browser.storage.session.set({ [tabKey(tabId)]: { ...stored, highlighted: count } });
  });
}

/** Forgets a tab's report and empties its badge (no notice, or the tab navigates). */
export function clearTabReport(tabId: number): Promise<void> {
  return serialise(tabId, async () => {
    await browser.storage.session.remove(tabKey(tabId));
    await setBadge(tabId, null);
  });
}

/**
 * The content script read the page and found no notice: no badge, and a record saying so (the popup and the
 * end-to-end tests can tell "read, nothing there" from "not read yet").
 */
export function markNoNotice(tabId: number): Promise<void> {
  return serialise(tabId, async () => {
    await browser.storage.session.set({ [tabKey(tabId)]: { status: 'no-notice' } });
    await setBadge(tabId, null);
  });
}

/** Forgets a closed tab's report; its badge went with it. */
export function forgetTab(tabId: number): Promise<void> {
  return serialise(tabId, () => browser.storage.session.remove(tabKey(tabId)));
}
