/** @vitest-environment happy-dom */
// The options page, "Your portals": the form, the permission request in the user's gesture, the list.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import { builtInHosts } from '../entrypoints/options/built-in-hosts';
import { portals } from '../entrypoints/content/portals/index';
import { contentScriptFor, loadPortals, savePortals, scriptIdFor } from '../utils/custom-portals';

const BUILT_IN = builtInHosts(portals);

/** fakeBrowser leaves `permissions` and `scripting` unimplemented: stubs, over a small registry. */
function stubBrowser({ grant = true, granted = new Set<string>() } = {}) {
  const registry = new Map<string, { id: string }>();
  return {
    registry,
    granted,
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins?: string[] }) => {
      if (grant) for (const o of p.origins ?? []) granted.add(o);
      return grant;
    }) as never),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o))) as never),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => {
      for (const o of p.origins ?? []) granted.delete(o);
      return true;
    }) as never),
    getRegistered: vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => [...registry.values()]) as never),
    register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string }[]) => {
      for (const s of scripts) registry.set(s.id, s);
    }) as never),
    unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (f?: { ids?: string[] }) => {
      for (const id of f?.ids ?? []) registry.delete(id);
    }) as never),
  };
}

const input = () => screen.getByLabelText('Portal address') as HTMLInputElement;
/** The options page has other sections (clause library, settings) with their own live regions. */
const portalsRegion = () => within(screen.getByRole('region', { name: 'Your portals' }));
const add = (value: string) => {
  fireEvent.input(input(), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Add portal' }));
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page: Your portals', () => {
  it('lists no portal at first, with a labelled field and its hint', async () => {
    stubBrowser();
    render(<App builtIn={BUILT_IN} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your portals' })).toBeTruthy();
    expect(await screen.findByText('No portal added yet.')).toBeTruthy();
    expect(input().getAttribute('aria-describedby')).toBe('portal-hint portal-error');
    expect(document.getElementById('portal-hint')!.textContent).toContain('https://www.evergabe-online.de');
    expect(screen.getByRole('region', { name: 'Your portals' }).textContent).toContain('TED – Tenders Electronic Daily');
  });

  it('announces an invalid address with role=alert and asks for nothing', async () => {
    const b = stubBrowser();
    render(<App builtIn={BUILT_IN} />);
    await screen.findByText('No portal added yet.');
    add('http://www.evergabe-online.de');
    expect(portalsRegion().getByRole('alert').textContent).toMatch(/Only https portals can be added/);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input());
    add('https://ted.europa.eu/en/notice/*');
    expect(portalsRegion().getByRole('alert').textContent).toMatch(/reads TED – Tenders Electronic Daily \(ted\.europa\.eu\) already/);
    expect(b.request).not.toHaveBeenCalled();
    expect(b.register).not.toHaveBeenCalled();
  });

  it('asks for access in the click itself, then stores the portal and registers its script', async () => {
    const b = stubBrowser();
    render(<App builtIn={BUILT_IN} />);
    await screen.findByText('No portal added yet.');
    add('https://www.evergabe-online.de/Public/Notice/');
    // synchronously, within the user's gesture: no await before the permission request
    expect(b.request).toHaveBeenCalledWith({ origins: ['https://www.evergabe-online.de/Public/Notice/*'] });

    await waitFor(() => expect(b.register).toHaveBeenCalledWith([contentScriptFor('https://www.evergabe-online.de/Public/Notice/*')]));
    const item = await screen.findByTestId('custom-portal');
    expect(within(item).getByText('https://www.evergabe-online.de/Public/Notice/*')).toBeTruthy();
    expect(item.textContent).toContain('Its pages are checked as you open them.');
    expect(portalsRegion().getByRole('status').textContent).toMatch(/^Added https:\/\/www\.evergabe-online\.de\/Public\/Notice\/\*/);
    expect(portalsRegion().getByRole('alert').textContent).toBe('');
    expect(input().value).toBe('');
    expect((await loadPortals()).map((p) => p.pattern)).toEqual(['https://www.evergabe-online.de/Public/Notice/*']);

    add('www.evergabe-online.de/Public/Notice/*');
    expect(portalsRegion().getByRole('alert').textContent).toMatch(/in your portals already/);
  });

  it('adds nothing when the user refuses the access', async () => {
    const b = stubBrowser({ grant: false });
    render(<App builtIn={BUILT_IN} />);
    await screen.findByText('No portal added yet.');
    add('https://www.evergabe-online.de');
    await waitFor(() => expect(portalsRegion().getByRole('alert').textContent).toMatch(/did not give Tender Lens access to https:\/\/www\.evergabe-online\.de\/\*/));
    expect(b.register).not.toHaveBeenCalled();
    expect(await loadPortals()).toEqual([]);
    expect(screen.getByText('No portal added yet.')).toBeTruthy();
  });

  it('removes a portal: unregisters its script and gives the access back', async () => {
    const b = stubBrowser({ granted: new Set(['https://www.evergabe-online.de/*']) });
    await savePortals([{ pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' }]);
    b.registry.set(scriptIdFor('https://www.evergabe-online.de/*'), { id: scriptIdFor('https://www.evergabe-online.de/*') });
    render(<App builtIn={BUILT_IN} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://www.evergabe-online.de/*' }));
    await screen.findByText('No portal added yet.');
    expect(b.unregister).toHaveBeenCalledWith({ ids: [scriptIdFor('https://www.evergabe-online.de/*')] });
    expect(b.remove).toHaveBeenCalledWith({ origins: ['https://www.evergabe-online.de/*'] });
    expect(portalsRegion().getByRole('status').textContent).toMatch(/Removed https:\/\/www\.evergabe-online\.de\/\*/);
    expect(document.activeElement).toBe(input());
    expect(await loadPortals()).toEqual([]);
  });

  it('offers to allow access again when the user withdrew it in the browser', async () => {
    const b = stubBrowser();
    await savePortals([{ pattern: 'https://www.evergabe-online.de/*', added: '2026-03-01T10:00:00.000Z' }]);
    render(<App builtIn={BUILT_IN} />);
    const item = await screen.findByTestId('custom-portal');
    expect(item.textContent).toContain('Access withdrawn');
    fireEvent.click(within(item).getByRole('button', { name: 'Allow access to https://www.evergabe-online.de/*' }));
    expect(b.request).toHaveBeenCalledWith({ origins: ['https://www.evergabe-online.de/*'] });
    await waitFor(() => expect(b.register).toHaveBeenCalledWith([contentScriptFor('https://www.evergabe-online.de/*')]));
    await waitFor(() => expect(screen.getByTestId('custom-portal').textContent).toContain('Its pages are checked'));
  });
});

describe('builtInHosts', () => {
  it('lists the hosts of the adapters’ match patterns', () => {
    expect(BUILT_IN).toContainEqual({ name: 'TED – Tenders Electronic Daily', host: 'ted.europa.eu' });
    expect(builtInHosts([{ name: 'X', matches: ['https://*.example.org/a/*', 'https://www.example.org/b/*'] }])).toEqual([
      { name: 'X', host: 'example.org' },
      { name: 'X', host: 'www.example.org' },
    ]);
  });
});
