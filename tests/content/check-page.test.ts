/** @vitest-environment happy-dom */
// The check-page script in a page: generic reader → the background's audit → highlights; or "not a notice".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPage } from '../../entrypoints/check-page';
import { GENERIC_GAP } from '../../entrypoints/content/portals/generic';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { audit } from '../../utils/engine';
import type { AuditResponse, ContentMessage } from '../../utils/messages';

function load(path: string): void {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/html', path), 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
}

/** The background, as far as the script sees it: audits with the real engine, records every message. */
function fakeBackground() {
  const sent: ContentMessage[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: ContentMessage) => {
    sent.push(message);
    if (message.type !== 'audit') return undefined;
    const response: AuditResponse = { report: audit(message.notice, defaultCatalogue), names: {} };
    return response;
  }) as never);
  return sent;
}

class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

describe('check-page', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    fakeBrowser.reset();
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('audits a page that reads like a notice, highlights its evidence, and answers the popup', { timeout: 30_000 }, async () => {
    load('ungm/notice_29165.html');
    const sent = fakeBackground();
    const result = await checkPage();

    expect(result.status).toBe('audited');
    expect(result).toMatchObject({ title: expect.stringContaining('UN-Women') });
    const auditMessage = sent.find((m) => m.type === 'audit');
    expect(auditMessage?.type === 'audit' && auditMessage.notice.gaps).toContain(GENERIC_GAP);
    expect(auditMessage?.type === 'audit' && auditMessage.notice.format).toBe('html');
    const highlighted = sent.find((m) => m.type === 'highlighted');
    expect(highlighted).toEqual({ type: 'highlighted', count: result.status === 'audited' ? result.highlighted : -1 });
    expect(registry.has('tender-lens-present')).toBe(result.status === 'audited' && result.highlighted > 0);

    // the popup's "show in page" reaches this script
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'show-evidence', criterion: 'no-such-criterion', index: 0 }, {} as never, () => {});
    expect(answers).toContain(false);
  });

  it('says a page does not read like a notice, with its signals, and audits nothing', async () => {
    load('generic/city_news_cycle_lane.html');
    const sent = fakeBackground();
    const result = await checkPage();
    expect(result).toEqual({ status: 'not-a-notice', score: 0, signals: [] });
    expect(sent).toEqual([{ type: 'no-notice' }]);
  });

  it('reports a failed audit instead of pretending', { timeout: 30_000 }, async () => {
    load('ungm/notice_28153.html');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: ContentMessage) =>
      m.type === 'audit' ? { error: 'the engine could not read the notice' } : undefined) as never);
    const result = await checkPage();
    expect(result).toMatchObject({ status: 'failed', error: 'the engine could not read the notice' });
  });
});
