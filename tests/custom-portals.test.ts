// The user's portals (options page → storage.local → scripting.registerContentScripts). wxt's fakeBrowser does
// not implement `scripting` and `permissions`: they are stubbed here, and the calls asserted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import {
  CHECK_PAGE_JS,
  HIGHLIGHTS_CSS,
  STORAGE_KEY,
  addPortal,
  contentScriptFor,
  loadPortals,
  parsePortalInput,
  removePortal,
  savePortals,
  scriptIdFor,
  syncPortalScripts,
} from '../utils/custom-portals';
import { portalErrorText } from '../utils/portal-error-text';
import { translator } from '../utils/ui-i18n';

const BUILT_IN = [{ name: 'TED – Tenders Electronic Daily', host: 'ted.europa.eu' }];

describe('parsePortalInput', () => {
  const ok = (input: string) => {
    const r = parsePortalInput(input, { builtIn: BUILT_IN });
    if (!r.ok) throw new Error(`${input}: ${r.error.code}`);
    return r.pattern;
  };
  const error = (input: string, context = { builtIn: BUILT_IN }) => {
    const r = parsePortalInput(input, context);
    if (r.ok) throw new Error(`${input} was accepted as ${r.pattern}`);
    // the sentence the options page shows in English
    return portalErrorText(translator('en'), r.error);
  };

  it.each([
    ['https://www.evergabe-online.de', 'https://www.evergabe-online.de/*'],
    ['https://www.evergabe-online.de/', 'https://www.evergabe-online.de/*'],
    ['  https://www.evergabe-online.de/Public/Notice/*  ', 'https://www.evergabe-online.de/Public/Notice/*'],
    ['https://www.evergabe-online.de/Public/Notice/', 'https://www.evergabe-online.de/Public/Notice/*'],
    ['https://www.evergabe-online.de/Public/Notice/28153?tab=1#docs', 'https://www.evergabe-online.de/Public/Notice/28153*'],
    ['www.evergabe-online.de', 'https://www.evergabe-online.de/*'],
    ['HTTPS://WWW.EVERGABE-ONLINE.DE/Public/*', 'https://www.evergabe-online.de/Public/*'],
    ['https://*.etenders.gov.ie/epps/cft/*', 'https://*.etenders.gov.ie/epps/cft/*'],
    ['https://bücher.example/ausschreibungen', 'https://xn--bcher-kva.example/ausschreibungen*'],
  ])('%s → %s', (input, pattern) => {
    expect(ok(input)).toBe(pattern);
  });

  it('refuses what is not an https host with an optional path', () => {
    expect(error('')).toMatch(/Enter the address/);
    expect(error('http://www.evergabe-online.de')).toMatch(/Only https/);
    expect(error('ftp://files.example.org')).toMatch(/Only https/);
    expect(error('file:///home/me/notice.html')).toMatch(/Only https/);
    expect(error('https://')).toMatch(/no host/);
    expect(error('https:///Public/Notice/*')).toMatch(/no host/);
    expect(error('https://localhost/')).toMatch(/not a host name/);
    expect(error('https://*/*')).toMatch(/“\*” may only open the host/);
    expect(error('https://www.*.org/*')).toMatch(/“\*” may only open the host/);
    expect(error('https://portal.example.org:8443/')).toMatch(/port/);
    expect(error('https://me@portal.example.org/')).toMatch(/user name/);
    expect(error('https://portal.example.org/a b')).toMatch(/no spaces/);
    expect(error('https://exa mple.org/')).toMatch(/not a host name/);
  });

  it('refuses the portals Tender Lens reads already, and those added before', () => {
    expect(error('https://ted.europa.eu/en/notice/*')).toMatch(/reads TED – Tenders Electronic Daily \(ted\.europa\.eu\) already/);
    expect(error('https://*.europa.eu/*')).toMatch(/already/);
    expect(error('https://www.evergabe-online.de', { builtIn: BUILT_IN, existing: ['https://www.evergabe-online.de/*'] } as never)).toMatch(/in your portals already/);
  });
});

describe('script ids', () => {
  it('are custom-<8 hex digits>, stable, and differ between patterns', () => {
    const id = scriptIdFor('https://www.evergabe-online.de/*');
    expect(id).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(scriptIdFor('https://www.evergabe-online.de/*')).toBe(id);
    expect(scriptIdFor('https://www.evergabe-online.de/Public/*')).not.toBe(id);
  });

  it('register the check-page script and the highlights style, once the page is loaded, across sessions', () => {
    expect(contentScriptFor('https://www.evergabe-online.de/*')).toEqual({
      id: scriptIdFor('https://www.evergabe-online.de/*'),
      matches: ['https://www.evergabe-online.de/*'],
      js: [CHECK_PAGE_JS],
      css: [HIGHLIGHTS_CSS],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });
});

/** Stubs of the APIs fakeBrowser leaves unimplemented, with a registry of content scripts behind them. */
function stubBrowser(granted = new Set<string>()) {
  const registry = new Map<string, { id: string }>();
  const scripting = {
    getRegisteredContentScripts: vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => [...registry.values()]) as never),
    registerContentScripts: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string }[]) => {
      for (const s of scripts) {
        if (registry.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registry.set(s.id, s);
      }
    }) as never),
    unregisterContentScripts: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? []) registry.delete(id);
    }) as never),
  };
  const permissions = {
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o))) as never),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => {
      for (const o of p.origins ?? []) granted.delete(o);
      return true;
    }) as never),
  };
  return { registry, scripting, permissions, granted };
}

describe('storage and registration', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('round-trips the list through storage.local, dropping what is malformed', async () => {
    expect(await loadPortals()).toEqual([]);
    const portals = [
      { pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' },
      { pattern: 'https://*.etenders.gov.ie/epps/*', added: '2026-03-02T10:00:00.000Z' },
    ];
    await savePortals(portals);
    expect(await loadPortals()).toEqual(portals);
    expect((await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]).toEqual(portals);

    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: [...portals, { pattern: 'http://insecure.example/*', added: 'x' }, 42, { pattern: 7 }] });
    expect(await loadPortals()).toEqual(portals);
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: 'not a list' });
    expect(await loadPortals()).toEqual([]);
  });

  it('adds a portal: stores it and registers its content script', async () => {
    const { scripting } = stubBrowser(new Set(['https://www.evergabe-online.de/*']));
    const list = await addPortal('https://www.evergabe-online.de/*', new Date('2026-03-01T10:00:00Z'));
    expect(list).toEqual([{ pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' }]);
    expect(await loadPortals()).toEqual(list);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([contentScriptFor('https://www.evergabe-online.de/*')]);

    // adding it again replaces the registration instead of failing on a duplicate id
    await addPortal('https://www.evergabe-online.de/*');
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [scriptIdFor('https://www.evergabe-online.de/*')] });
    expect(await loadPortals()).toHaveLength(1);
  });

  it('removes a portal: unregisters its script, gives the access back, forgets it', async () => {
    const { scripting, permissions, registry, granted } = stubBrowser(new Set(['https://www.evergabe-online.de/*']));
    await addPortal('https://www.evergabe-online.de/*');
    expect(registry.size).toBe(1);

    expect(await removePortal('https://www.evergabe-online.de/*')).toEqual([]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [scriptIdFor('https://www.evergabe-online.de/*')] });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.evergabe-online.de/*'] });
    expect(registry.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await loadPortals()).toEqual([]);
  });

  it('keeps the access another portal of the same host still needs', async () => {
    const { permissions } = stubBrowser(new Set(['https://www.evergabe-online.de/Public/*', 'https://www.evergabe-online.de/Notice/*']));
    await addPortal('https://www.evergabe-online.de/Public/*');
    await addPortal('https://www.evergabe-online.de/Notice/*');
    await removePortal('https://www.evergabe-online.de/Public/*');
    expect(permissions.remove).not.toHaveBeenCalled();
    await removePortal('https://www.evergabe-online.de/Notice/*');
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.evergabe-online.de/Notice/*'] });
  });

  it('syncs on startup: registers what is missing, unregisters what was removed or lost its access', async () => {
    const { registry, scripting } = stubBrowser(new Set(['https://www.evergabe-online.de/*', 'https://portal.example.org/*']));
    await savePortals([
      { pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' }, // registered already
      { pattern: 'https://portal.example.org/*', added: '2026-03-01T10:00:00.000Z' }, // lost after an update
      { pattern: 'https://withdrawn.example.org/*', added: '2026-03-01T10:00:00.000Z' }, // access withdrawn by the user
    ]);
    registry.set(scriptIdFor('https://www.evergabe-online.de/*'), { id: scriptIdFor('https://www.evergabe-online.de/*') });
    registry.set(scriptIdFor('https://withdrawn.example.org/*'), { id: scriptIdFor('https://withdrawn.example.org/*') });
    registry.set(scriptIdFor('https://removed.example.org/*'), { id: scriptIdFor('https://removed.example.org/*') });
    registry.set('someone-else', { id: 'someone-else' });

    const done = await syncPortalScripts();
    expect(done.registered).toEqual(['https://portal.example.org/*']);
    expect(done.unregistered.sort()).toEqual([scriptIdFor('https://withdrawn.example.org/*'), scriptIdFor('https://removed.example.org/*')].sort());
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([contentScriptFor('https://portal.example.org/*')]);
    expect([...registry.keys()].sort()).toEqual(
      [scriptIdFor('https://www.evergabe-online.de/*'), scriptIdFor('https://portal.example.org/*'), 'someone-else'].sort(),
    );
    // idempotent
    expect(await syncPortalScripts()).toEqual({ registered: [], unregistered: [] });
  });

  it('sync never throws', async () => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockRejectedValue(new Error('no scripting here'));
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    await expect(syncPortalScripts()).resolves.toEqual({ registered: [], unregistered: [] });
  });
});

describe('the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('re-registers the portals’ scripts on startup and on install/update', { timeout: 30_000 }, async () => {
    const { scripting } = stubBrowser(new Set(['https://www.evergabe-online.de/*']));
    await savePortals([{ pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' }]);
    background.main();

    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts).toHaveBeenCalledTimes(2));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1); // registered already: nothing to do
  });
});
