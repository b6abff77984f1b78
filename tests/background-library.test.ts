// The background and the clause library: seeding at install, and the in-page panel's "open-clauses".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { modelClauses } from '../criteria/clauses';
import { LibraryDb } from '../utils/library/db';
import { CLAUSES_REQUEST_KEY, takeClausesRequest } from '../utils/open-clauses';

const OWN = () => fakeBrowser.runtime.id;
const fromTab = (tabId = 7) => ({ id: OWN(), tab: { id: tabId, windowId: 3 } as never, frameId: 0, url: 'https://ted.europa.eu/x' });

async function ask(message: unknown, sender: object) {
  const sendResponse = vi.fn();
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  return { results, sendResponse };
}

beforeEach(() => {
  fakeBrowser.reset();
  background.main();
});
afterEach(() => vi.restoreAllMocks());

describe('background: clause library', () => {
  it('seeds the library at install', async () => {
    // syncPortalScripts needs the scripting API, which the fake lacks
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    const db = new LibraryDb();
    try {
      await vi.waitFor(async () => expect(await db.clauses.count()).toBe(modelClauses.length));
    } finally {
      db.close();
    }
  });
});

describe('background: open-clauses from the in-page panel', () => {
  it('opens the toolbar popup and leaves the criterion for it', async () => {
    const openPopup = vi.fn(async (_o?: { windowId?: number }) => {});
    (fakeBrowser.action as { openPopup: unknown }).openPopup = openPopup;
    const { sendResponse } = await ask({ type: 'open-clauses', criterion: 'soc-accessibility' }, fromTab(7));
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ opened: true }));
    expect(openPopup).toHaveBeenCalledWith({ windowId: 3 });
    // the popup, opening for tab 7, reads the request once
    expect(await takeClausesRequest(8)).toBeNull();
    expect(await takeClausesRequest(7)).toBe('soc-accessibility');
    expect(await takeClausesRequest(7)).toBeNull();
  });

  it('opens popup.html?tab=&criterion= in a window where the popup cannot open', async () => {
    (fakeBrowser.action as { openPopup: unknown }).openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const { sendResponse } = await ask({ type: 'open-clauses', criterion: 'env-ecolabel' }, fromTab(12));
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ opened: true }));
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup', url: fakeBrowser.runtime.getURL('/popup.html?tab=12&criterion=env-ecolabel') }));
    expect((await fakeBrowser.storage.session.get(CLAUSES_REQUEST_KEY))[CLAUSES_REQUEST_KEY]).toBeUndefined();
  });

  it('ignores a malformed request, one not from a tab, and one from another extension', async () => {
    for (const [message, sender] of [
      [{ type: 'open-clauses', criterion: '<script>' }, fromTab()],
      [{ type: 'open-clauses', criterion: 'env-ecolabel' }, { id: OWN(), url: fakeBrowser.runtime.getURL('/popup.html') }],
      [{ type: 'open-clauses', criterion: 'env-ecolabel' }, { ...fromTab(), id: 'other-extension' }],
    ] as const) {
      const { results, sendResponse } = await ask(message, sender);
      expect(results).toEqual([undefined]);
      expect(sendResponse).not.toHaveBeenCalled();
    }
  });
});
