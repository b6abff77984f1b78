/** @vitest-environment happy-dom */
// The options page's History: past audits listed with their scores, opened read only, deleted, cleared after a confirmation.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import { LibraryDb, type Opened } from '../utils/library/db';
import { historyKey, listHistory, recordAudit } from '../utils/library/history';
import { maximalReport, tedReport } from './export/helpers';

let db: LibraryDb;
let n = 0;
async function library(): Promise<Opened> {
  db = new LibraryDb(`options-history-${++n}-${Math.random()}`);
  await db.open();
  return { ok: true, db };
}

async function renderOptions() {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  const opened = await library();
  await recordAudit(db, tedReport(), Date.UTC(2026, 0, 10, 8, 0));
  await recordAudit(db, maximalReport(), Date.UTC(2026, 0, 12, 8, 0));
  render(<App builtIn={[]} criteria={[]} openLibrary={() => Promise.resolve(opened)} />);
  await screen.findByRole('heading', { level: 2, name: 'History' });
  await waitFor(() => expect(entries()).toHaveLength(2));
}

const history = () => within(screen.getByRole('region', { name: 'History' }));
const entries = () => screen.queryAllByTestId('history-entry');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db?.close();
});

describe('options: history', () => {
  it('lists past audits newest first: title as a link to the report, buyer, date, coverage and counts', async () => {
    await renderOptions();
    const [newest, older] = entries();
    expect(within(newest!).getByRole('heading', { level: 3 }).textContent).toBe(maximalReport().notice.title);
    const link = within(older!).getByRole('link', { name: 'PV Servicing and Maintenance' });
    expect(link.getAttribute('href')).toBe(`popup.html?history=${encodeURIComponent(historyKey(tedReport().notice))}`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(older!.textContent).toContain('Scottish Water · 181161-2020');
    expect(older!.querySelector('time')!.getAttribute('datetime')).toBe('2026-01-10T08:00:00.000Z');
    const c = tedReport().counts;
    expect(older!.textContent).toContain(`Coverage 18% · ${c.missing} missing · ${c.uncertain} uncertain · ${c.present} present`);
  });

  it('deletes one audit, saying so', async () => {
    await renderOptions();
    fireEvent.click(history().getByRole('button', { name: 'Delete “PV Servicing and Maintenance” from the history' }));
    await waitFor(() => expect(history().getByRole('status').textContent).toBe('Deleted “PV Servicing and Maintenance” from the history.'));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(document.activeElement).toBe(history().getByRole('heading', { level: 2, name: 'History' }));
    expect((await listHistory(db)).map((e) => e.noticeId)).toEqual([maximalReport().notice.id]);
  });

  it('clears the history only after a confirmation, which can be cancelled', async () => {
    await renderOptions();
    fireEvent.click(history().getByRole('button', { name: 'Clear history…' }));
    const confirm = within(history().getByRole('group', { name: /^Delete all 2 audits from the history\?/ }));
    await waitFor(() => expect(document.activeElement).toBe(confirm.getByRole('button', { name: 'Delete all' })));
    fireEvent.click(confirm.getByRole('button', { name: 'Cancel' }));
    expect(entries()).toHaveLength(2);
    expect(await listHistory(db)).toHaveLength(2);

    fireEvent.click(history().getByRole('button', { name: 'Clear history…' }));
    fireEvent.click(history().getByRole('button', { name: 'Delete all' }));
    await waitFor(() => expect(history().getByRole('status').textContent).toBe('History cleared.'));
    await waitFor(() => expect(history().getByText('No audit yet.')).toBeTruthy());
    expect(await listHistory(db)).toEqual([]);
    expect(history().queryByRole('button', { name: 'Clear history…' })).toBeNull();
  });

  it('shows an audit recorded while the page is open', async () => {
    await renderOptions();
    await recordAudit(db, { ...tedReport(), notice: { ...tedReport().notice, id: '999-2026', title: 'Street lighting' } }, Date.UTC(2026, 0, 20));
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(within(entries()[0]!).getByRole('link').textContent).toBe('Street lighting');
  });
});
