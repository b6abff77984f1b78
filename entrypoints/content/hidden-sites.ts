/**
 * "Hide on this site": the sites (hostnames) where the in-page panel is not shown, in `browser.storage.local`
 * under HIDDEN_SITES_KEY as a sorted array of hostnames (`["ted.europa.eu"]`). The popup can show them and
 * take one out (`showPanelOn`); the content script follows the change at once (storage.onChanged).
 * Only the panel is hidden: the page is still read, audited and highlighted, and the toolbar button still works.
 */
import { browser } from 'wxt/browser';

export const HIDDEN_SITES_KEY = 'panel:hidden-sites';

/** The subset of a storage area these functions use (browser.storage.local; a fake in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): SettingsArea => browser.storage.local;

export async function hiddenSites(area: SettingsArea = local()): Promise<string[]> {
  const value = (await area.get(HIDDEN_SITES_KEY))[HIDDEN_SITES_KEY];
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

export async function isPanelHiddenOn(hostname: string, area: SettingsArea = local()): Promise<boolean> {
  return (await hiddenSites(area)).includes(hostname.toLowerCase());
}

export async function hidePanelOn(hostname: string, area: SettingsArea = local()): Promise<void> {
  const sites = new Set(await hiddenSites(area));
  sites.add(hostname.toLowerCase());
  await area.set({ [HIDDEN_SITES_KEY]: [...sites].sort() });
}

/** The way back (for the popup or the options page). */
export async function showPanelOn(hostname: string, area: SettingsArea = local()): Promise<void> {
  const sites = (await hiddenSites(area)).filter((h) => h !== hostname.toLowerCase());
  await area.set({ [HIDDEN_SITES_KEY]: sites });
}
