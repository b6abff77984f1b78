import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, normaliseSettings, saveSettings, watchSettings } from '../../utils/library/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults, and falls back value by value on bad data', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ role: 'admin', languages: ['xx', 'fr', 'fr'], pillars: ['social', 'bogus'], ambition: 'max', stage: 'award' })).toEqual({
      ...DEFAULT_SETTINGS,
      languages: ['fr'],
      pillars: ['social'],
      stage: 'award',
    });
  });

  it('saves in storage.local and tells the other pages', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.role));
    await saveSettings({ role: 'reviewer' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ role: 'reviewer' });
    expect(await loadSettings()).toMatchObject({ role: 'reviewer', ambition: 'core' });
    expect(seen).toEqual(['reviewer']);
    stop();
  });
});
