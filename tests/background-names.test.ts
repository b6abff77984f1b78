// The background's audit answer carries the criteria's names and "why" for the in-page panel, in its language.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { criteria } from '../criteria/catalogue/index';
import type { AuditResponse } from '../utils/messages';
import type { Notice } from '../utils/notice';

const notice = (): Notice => ({
  format: 'html',
  url: 'https://ted.europa.eu/en/notice/-/detail/123456-2025',
  title: 'Supply of laptops',
  language: 'en',
  cpv: ['30213100'],
  sections: [{ id: 's1', label: 'Description', kind: 'description', text: 'Laptops must carry the EU Ecolabel or equivalent.' }],
  fields: [],
  gaps: [],
});

async function auditWith(lang: unknown): Promise<AuditResponse> {
  const sendResponse = vi.fn();
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, frameId: 0, url: notice().url };
  await fakeBrowser.runtime.onMessage.trigger({ type: 'audit', notice: notice(), lang }, sender, sendResponse);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return sendResponse.mock.calls[0]![0] as AuditResponse;
}

describe('audit answer: names for the panel', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('names every criterion of the report, in the language asked for, name and why only', async () => {
    const response = await auditWith('fr');
    if (!('report' in response)) throw new Error(response.error);
    const ids = response.report.results.map((r) => r.id);
    expect(Object.keys(response.names).sort()).toEqual([...ids].sort());
    const ecolabel = criteria.find((c) => c.id === 'env-ecolabel')!;
    expect(response.names['env-ecolabel']).toEqual({ name: ecolabel.name.fr, why: ecolabel.why.fr });
    for (const n of Object.values(response.names)) expect(Object.keys(n).sort()).toEqual(['name', 'why']);
  });

  it('falls back to English for a language the catalogue does not have, or no language', async () => {
    const ecolabel = criteria.find((c) => c.id === 'env-ecolabel')!;
    for (const lang of ['it', '__proto__', 'constructor', undefined, 42]) {
      const response = await auditWith(lang);
      if (!('report' in response)) throw new Error(response.error);
      expect(response.names['env-ecolabel'], String(lang)).toEqual({ name: ecolabel.name.en, why: ecolabel.why.en });
    }
  });
});
