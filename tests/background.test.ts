import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import type { AuditResponse, ContentMessage, GetReportResponse } from '../utils/messages';
import type { Notice } from '../utils/notice';
import {
  BADGE_COLOURS,
  DEFAULT_TITLE,
  badgeColour,
  badgeFor,
  badgeText,
  badgeTitle,
  getReportResponse,
  isContentMessage,
  tabKey,
} from '../utils/tab-reports';
import type { CriterionResult, Outcome, Report } from '../utils/report';
import { sampleReport } from './helpers/sample-report';

const TAB = 7;

/** A notice as the content script sends it: laptops, with an ecolabel requirement. */
const sampleNotice = (): Notice => ({
  format: 'ted-html',
  id: '123456-2025',
  url: 'https://ted.europa.eu/en/notice/-/detail/123456-2025',
  title: 'Supply of laptops',
  language: 'en',
  cpv: ['30213100'],
  sections: [{ id: 'f1:BT-24', label: 'Description', kind: 'description', text: 'Laptops must carry the EU Ecolabel or equivalent.' }],
  fields: [],
  gaps: [],
});
const OWN = () => fakeBrowser.runtime.id;
const fromTab = (tabId = TAB, extra: object = {}) => ({
  id: OWN(),
  tab: { id: tabId } as never,
  frameId: 0,
  url: 'https://ted.europa.eu/en/notice/-/detail/123456-2025',
  ...extra,
});
const fromPopup = () => ({ id: OWN(), url: fakeBrowser.runtime.getURL('/popup.html') });

/** Every fake-browser call resolves in microtasks: one macrotask lets the per-tab queue finish. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function send(message: unknown, sender: object) {
  const sendResponse = vi.fn();
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  await flush();
  return { results, sendResponse };
}

const stored = async (tabId = TAB) => (await fakeBrowser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
const badge = async (tabId = TAB) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  colour: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

function withOutcomes(...outcomes: Outcome[]) {
  const results: CriterionResult[] = outcomes.map((outcome, i) => ({ id: `x-c${i}`, outcome, evidence: [], groups: [] }));
  return sampleReport({ results });
}

describe('badge', () => {
  it('is empty where the page has no notice', () => {
    expect(badgeFor(null)).toEqual({ text: '', colour: BADGE_COLOURS.complete, title: DEFAULT_TITLE });
  });

  it('counts missing criteria, from the results', () => {
    const report = withOutcomes('missing', 'present', 'missing', 'uncertain', 'missing', 'not-applicable');
    report.counts.missing = 99; // stale counts must not leak into the badge
    expect(badgeText(report)).toBe('3');
    expect(badgeColour(report)).toBe(BADGE_COLOURS.missing);
    expect(badgeTitle(report)).toBe('Tender Lens: 3 criteria missing, 1 uncertain, 1 present');
  });

  it('shows "0" in green for a notice with nothing missing', () => {
    const report = withOutcomes('present', 'present', 'not-applicable');
    expect(badgeText(report)).toBe('0');
    expect(badgeColour(report)).toBe(BADGE_COLOURS.complete);
    expect(badgeTitle(report)).toBe('Tender Lens: 0 criteria missing, 2 present');
  });

  it('says "criterion" for one, and caps at 99+', () => {
    expect(badgeTitle(withOutcomes('missing', 'present', 'present'))).toBe('Tender Lens: 1 criterion missing, 2 present');
    expect(badgeText(withOutcomes(...Array<Outcome>(120).fill('missing')))).toBe('99+');
  });
});

describe('isContentMessage', () => {
  it('takes well-formed audit, highlighted and no-notice messages only', () => {
    expect(isContentMessage({ type: 'audit', notice: sampleNotice() })).toBe(true);
    expect(isContentMessage({ type: 'highlighted', count: 2 })).toBe(true);
    expect(isContentMessage({ type: 'no-notice' })).toBe(true);
    expect(isContentMessage({ type: 'audit', notice: { ...sampleNotice(), sections: 'x' } })).toBe(false);
    expect(isContentMessage({ type: 'audit', notice: { ...sampleNotice(), sections: [{ id: 's', text: 1 }] } })).toBe(false);
    expect(isContentMessage({ type: 'audit', notice: { ...sampleNotice(), cpv: [30213100] } })).toBe(false);
    expect(isContentMessage({ type: 'audit' })).toBe(false);
    expect(isContentMessage({ type: 'highlighted', count: -1 })).toBe(false);
    expect(isContentMessage({ type: 'report', report: sampleReport(), highlighted: 1 })).toBe(false);
    expect(isContentMessage(null)).toBe(false);
  });
});

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  const reportMessage = (): ContentMessage => ({ type: 'audit', notice: sampleNotice() });
  /** The report the background made for the sample notice (after reportMessage was sent). */
  const theReport = async () => ((await stored()) as { report: Report }).report;
  const withHighlights = async (count: number) => send({ type: 'highlighted', count }, fromTab());

  it('audits a notice, stores the report in session storage, sets the badge and answers with the report', async () => {
    const { results, sendResponse } = await send(reportMessage(), fromTab());

    const report = await theReport();
    expect(report.notice.title).toBe('Supply of laptops');
    expect(report.results.find((r) => r.id === 'env-ecolabel')!.outcome).toBe('present');
    expect(await stored()).toEqual({ report, highlighted: null });
    expect(results).toContain(true); // the answer comes asynchronously
    expect(sendResponse).toHaveBeenCalledWith({ report, names: expect.any(Object) } satisfies AuditResponse);
    const missing = report.results.filter((r) => r.outcome === 'missing').length;
    expect(missing).toBeGreaterThan(0);
    expect(await badge()).toEqual({ text: String(missing), colour: rgba(BADGE_COLOURS.missing), title: badgeTitle(report) });
    expect(await fakeBrowser.action.getBadgeTextColor({ tabId: TAB })).toBe(BADGE_COLOURS.text);
    // the content script then says how many passages it highlighted
    await withHighlights(2);
    expect(await stored()).toEqual({ report, highlighted: 2 });
    // Other tabs are left alone.
    expect(await stored(8)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('ignores a notice that is not well formed, and stores nothing', async () => {
    const broken = { ...sampleNotice(), sections: [{ id: 's', label: 'S', kind: 'other', text: 'x' }], cpv: null as never };
    const { sendResponse } = await send({ type: 'audit', notice: broken }, fromTab());
    expect(await stored()).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalledWith(expect.objectContaining({ report: expect.anything() }));
  });

  it('clears report and badge on no-notice, and records that the page has none', async () => {
    await send(reportMessage(), fromTab());
    await send({ type: 'no-notice' }, fromTab());
    expect(await stored()).toEqual({ status: 'no-notice' });
    expect(await getReportResponse(TAB)).toEqual({ report: null, highlighted: 0 });
    expect(await badge()).toMatchObject({ text: '', title: DEFAULT_TITLE });
  });

  it('applies a report and a no-notice sent back to back in order', async () => {
    const sendResponse = vi.fn();
    void fakeBrowser.runtime.onMessage.trigger(reportMessage(), fromTab(), sendResponse);
    void fakeBrowser.runtime.onMessage.trigger({ type: 'no-notice' }, fromTab(), sendResponse);
    await flush();
    expect(await stored()).toEqual({ status: 'no-notice' });
    expect((await badge()).text).toBe('');
  });

  it('clears a tab when it starts loading a new page', async () => {
    await send(reportMessage(), fromTab());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { title: 'Still the same page' }, { id: TAB } as never);
    await flush();
    expect(await stored()).toBeDefined();

    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as never);
    await flush();
    expect(await stored()).toBeUndefined();
    expect((await badge()).text).toBe('');
  });

  it('forgets a closed tab', async () => {
    await send(reportMessage(), fromTab());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 0, isWindowClosing: false });
    await flush();
    expect(await stored()).toBeUndefined();
  });

  it('answers get-report with the stored report, or none', async () => {
    await send(reportMessage(), fromTab());
    await withHighlights(3);

    const { results, sendResponse } = await send({ type: 'get-report', tabId: TAB }, fromPopup());
    expect(results).toContain(true); // keeps the channel open for the asynchronous answer
    expect(sendResponse).toHaveBeenCalledWith({ report: await theReport(), highlighted: 3 } satisfies GetReportResponse);

    const other = await send({ type: 'get-report', tabId: 99 }, fromPopup());
    expect(other.sendResponse).toHaveBeenCalledWith({ report: null, highlighted: 0 });
  });

  it('survives a service-worker restart: the report is read back from session storage', async () => {
    await send(reportMessage(), fromTab());
    await withHighlights(2);
    // A new worker: listeners registered again, module queues empty, storage kept.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main();
    const { sendResponse } = await send({ type: 'get-report', tabId: TAB }, fromPopup());
    expect(sendResponse).toHaveBeenCalledWith({ report: await theReport(), highlighted: 2 });
  });

  it('ignores messages from other extensions', async () => {
    const { results, sendResponse } = await send(reportMessage(), fromTab(TAB, { id: 'some-other-extension' }));
    expect(await stored()).toBeUndefined();
    expect((await badge()).text).toBe('');

    await send(reportMessage(), fromTab());
    const ask = await send({ type: 'get-report', tabId: TAB }, { id: 'some-other-extension', url: 'https://evil.example/' });
    expect(ask.results).not.toContain(true);
    expect(ask.sendResponse).not.toHaveBeenCalled();
    expect(results).not.toContain(true);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('ignores reports from sub-frames, without a tab, or malformed', async () => {
    await send(reportMessage(), fromTab(TAB, { frameId: 3 }));
    await send(reportMessage(), { id: OWN(), url: fakeBrowser.runtime.getURL('/popup.html') });
    await send({ type: 'audit', notice: { title: 'x', sections: [{}] } }, fromTab());
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect((await badge()).text).toBe('');
  });

  it('does not hand reports to content scripts', async () => {
    await send(reportMessage(), fromTab());
    const { results, sendResponse } = await send({ type: 'get-report', tabId: TAB }, fromTab(12));
    expect(results).not.toContain(true);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers the popup opened in a tab (popup.html?tab=<id>)', async () => {
    await send(reportMessage(), fromTab());
    await withHighlights(2);
    const popupInTab = { ...fromPopup(), tab: { id: 12 } as never, url: fakeBrowser.runtime.getURL('/popup.html?tab=7') };
    const { sendResponse } = await send({ type: 'get-report', tabId: TAB }, popupInTab);
    expect(sendResponse).toHaveBeenCalledWith({ report: await theReport(), highlighted: 2 });
  });
});
