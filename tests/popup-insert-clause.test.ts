/** @vitest-environment happy-dom */
// The popup's "Insert": into the page's field when the page takes it, else to the clipboard, else why not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { insertIntoTab } from '../entrypoints/popup/insert-clause';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  fakeBrowser.reset();
  writeText.mockReset().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const answer = (response: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(response as never);

describe('insertIntoTab', () => {
  it('asks the tab’s top frame only, and says which field took the clause', async () => {
    const send = answer({ inserted: true, field: 'Award criteria' });
    expect(await insertIntoTab(7, 'A clause.')).toEqual({ kind: 'inserted', field: 'Award criteria' });
    expect(send).toHaveBeenCalledWith(7, { type: 'insert-clause', text: 'A clause.' }, { frameId: 0 });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the clause when no field was focused on the page', async () => {
    answer({ inserted: false, reason: 'no-field' });
    expect(await insertIntoTab(7, 'A clause.')).toEqual({ kind: 'copied' });
    expect(writeText).toHaveBeenCalledWith('A clause.');
  });

  it('copies the clause when no content script answers (a page Tender Lens does not run on)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await insertIntoTab(7, 'A clause.')).toEqual({ kind: 'copied' });
    answer(undefined);
    expect(await insertIntoTab(7, 'A clause.')).toEqual({ kind: 'copied' });
  });

  it('where no content script runs, inserts through the click\'s activeTab grant into the focused field', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const calls: unknown[] = [];
    // fakeBrowser has no scripting: stand in for Chrome's, answering the second call like insert-here.ts does
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript: vi.fn(async (details: { files?: string[]; args?: unknown[] }) => {
        calls.push(details.files ?? details.args);
        return details.files ? [{ result: undefined }] : [{ result: { inserted: true, field: 'Description' } }];
      }),
    };
    expect(await insertIntoTab(7, 'A clause.')).toEqual({ kind: 'inserted', field: 'Description' });
    expect(calls).toEqual([['/insert-here.js'], ['__tenderLensInsertHere', 'A clause.']]);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('says why when the clipboard refuses too', async () => {
    answer({ inserted: false, reason: 'read-only' });
    writeText.mockRejectedValue(new Error('Document is not focused.'));
    // and the old way (a selected textarea and "copy") does nothing here either
    const outcome = await insertIntoTab(7, 'A clause.');
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/read-only.*Document is not focused/);
  });
});
