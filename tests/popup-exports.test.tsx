/** @vitest-environment happy-dom */
// The popup's Export control, the supplier checklist, the history it records, and a past audit shown read only.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { criteria } from '../criteria/catalogue/index';
import { downloadFile } from '../components/download';
import { App } from '../entrypoints/popup/App';
import { HistoryReport, historyIdFromSearch } from '../entrypoints/popup/HistoryReport';
import type { ExportFile } from '../utils/export/formats';
import { LibraryDb, type Opened } from '../utils/library/db';
import { historyKey, listHistory, recordAudit } from '../utils/library/history';
import { saveSettings } from '../utils/library/settings';
import type { Report } from '../utils/report';
import { TED_URL, tedReport } from './export/helpers';

const PORTALS = [{ name: 'TED', home: 'https://ted.europa.eu/' }];

let db: LibraryDb;
let n = 0;
async function emptyLibrary(): Promise<Opened> {
  db = new LibraryDb(`popup-exports-${++n}-${Math.random()}`);
  await db.open();
  return { ok: true, db };
}

const files: ExportFile[] = [];
const download = (f: ExportFile) => void files.push(f);

async function renderPopup(opts: { report?: Report; language?: string; open?: () => Promise<Opened> } = {}) {
  const report = opts.report ?? tedReport();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => Promise.resolve({ report, highlighted: 1 })) as never);
  const opened = opts.open ?? (await emptyLibrary().then((o) => () => Promise.resolve(o)));
  render(<App portals={PORTALS} catalogue={criteria} search="?tab=7" language={opts.language ?? 'en-GB'} openLibrary={opened} download={download} />);
  await screen.findByRole('heading', { level: 1 });
  return report;
}

beforeEach(() => {
  fakeBrowser.reset();
  files.length = 0;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db?.close();
});

const labourName = criteria.find((c) => c.id === 'soc-labour-rights')!.name;

describe('popup: Export', () => {
  it('opens from its button and downloads each format, saying which file it saved', async () => {
    const before = Date.now();
    await renderPopup();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const controlled = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(controlled.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Export the report as' });
    expect(group).toBe(controlled);
    expect(group.hidden).toBe(false);

    fireEvent.click(within(group).getByRole('button', { name: 'Markdown' }));
    const md = files[0]!;
    expect(md.name).toMatch(/^tender-lens-181161-2020-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.type).toBe('text/markdown;charset=utf-8');
    expect(md.text).toContain('# Tender Lens report: PV Servicing and Maintenance');
    expect(md.text).toContain(`<${TED_URL}>`);
    expect(md.text).toContain(`| ${labourName.en} | Present |`);
    // dated when the popup got the report
    const audited = Date.parse(/- \*\*Audited:\*\* (\S+) (\S+) UTC/.exec(md.text)!.slice(1).join('T') + 'Z');
    expect(audited).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);
    const status = within(screen.getByTestId('export-menu')).getByRole('status');
    expect(status.textContent).toBe(`Saved ${md.name}.`);

    for (const name of ['CSV', 'JSON', 'Printable page (HTML)']) fireEvent.click(within(group).getByRole('button', { name }));
    expect(files.map((f) => f.name.split('.').pop())).toEqual(['md', 'csv', 'json', 'html']);
    expect(JSON.parse(files[2]!.text).notice.id).toBe('181161-2020');
    expect(files[3]!.text).toMatch(/^<!doctype html>/);
    expect(status.textContent).toBe(`Saved ${files[3]!.name}: open it to print.`);
  });

  it('exports criterion names in the popup’s language', async () => {
    await renderPopup({ language: 'fr-FR' });
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(files[0]!.text).toContain(labourName.fr);
  });

  it('downloads through a link, without the downloads permission', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:tender-lens/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
    });
    downloadFile({ name: 'report.md', type: 'text/markdown', text: '# Report' });
    expect(created).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked).toEqual([{ href: 'blob:tender-lens/1', download: 'report.md', inPage: true }]);
    expect(document.querySelector('a[download]')).toBeNull(); // removed after the click
  });
});

describe('popup: supplier checklist', () => {
  it('is folded for an officer, and opens from its heading button', async () => {
    await renderPopup();
    const toggle = within(screen.getByTestId('supplier-checklist')).getByRole('button', { name: /^Supplier checklist/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const item = screen.getByTestId('checklist-soc-labour-rights-performance');
    expect(item.closest('[hidden]')).toBeNull();
    expect(item.textContent).toContain(labourName.en);
    expect(item.querySelector('blockquote')!.textContent).toBe('Bidders must comply with modern slavery act and operate an ethical supply chain.');
    expect(item.textContent).toContain('Proof:');
  });

  it('is open for a supplier, grouped by stage, and exports as Markdown and CSV', async () => {
    await saveSettings({ role: 'supplier' });
    await renderPopup();
    const section = screen.getByTestId('supplier-checklist');
    await waitFor(() => expect(within(section).getByRole('button', { name: /^Supplier checklist/ }).getAttribute('aria-expanded')).toBe('true'));
    expect(within(section).getByRole('heading', { level: 3, name: 'Contract performance' })).toBeTruthy();
    const exports = within(within(section).getByRole('group', { name: 'Export the checklist as' }));
    fireEvent.click(exports.getByRole('button', { name: 'Markdown' }));
    fireEvent.click(exports.getByRole('button', { name: 'CSV' }));
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^tender-lens-checklist-181161-2020-.*\.md$/),
      expect.stringMatching(/^tender-lens-checklist-181161-2020-.*\.csv$/),
    ]);
    expect(files[0]!.text).toContain(`- [ ] **${labourName.en}**`);
    expect(files[1]!.text.split('\r\n')[0]).toContain('requirement,stage,proof');
  });
});

describe('popup: history', () => {
  it('records the notice it shows, once per notice', async () => {
    const report = await renderPopup();
    await waitFor(async () => expect((await listHistory(db)).map((e) => e.id)).toEqual([historyKey(report.notice)]));
    const [entry] = await listHistory(db);
    expect(entry!.report).toEqual(report);
  });

  it('still shows the report when the library cannot open', async () => {
    await renderPopup({ open: () => Promise.resolve({ ok: false, error: { kind: 'unavailable', message: 'No storage here.', detail: 'x' } }) });
    expect(screen.getByTestId('criterion-soc-labour-rights').getAttribute('data-outcome')).toBe('present');
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
  });

  it('reads popup.html?history=<key>', () => {
    expect(historyIdFromSearch('?history=id%3Ated.europa.eu%3A181161-2020')).toBe('id:ted.europa.eu:181161-2020');
    expect(historyIdFromSearch('?tab=3')).toBeNull();
    expect(historyIdFromSearch('?history=')).toBeNull();
  });

  it('shows a past audit read only, dated, with Export', async () => {
    const opened = await emptyLibrary();
    const report = tedReport();
    const at = Date.UTC(2026, 0, 15, 9, 30);
    await recordAudit(db, report, at);
    render(<HistoryReport id={historyKey(report.notice)} catalogue={criteria} language="en-GB" openLibrary={() => Promise.resolve(opened)} download={download} />);
    await screen.findByRole('heading', { level: 1, name: 'PV Servicing and Maintenance' });
    const note = screen.getByTestId('history-note');
    expect(note.querySelector('time')!.getAttribute('datetime')).toBe('2026-01-15T09:30:00.000Z');
    expect(within(note).getByRole('link', { name: 'Open the notice' }).getAttribute('href')).toBe(TED_URL);
    expect(screen.getByTestId('criterion-soc-labour-rights').getAttribute('data-outcome')).toBe('present');
    // read only: no "Show in page", no clause insertion
    expect(screen.queryAllByRole('button', { name: /^Show in page/ })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: 'Insert' })).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(files[0]!.name).toBe('tender-lens-181161-2020-2026-01-15.md');
    expect(files[0]!.text).toContain('- **Audited:** 2026-01-15 09:30 UTC');
  });

  it('says so when the audit is no longer in the history', async () => {
    const opened = await emptyLibrary();
    render(<HistoryReport id="id:gone" catalogue={criteria} openLibrary={() => Promise.resolve(opened)} />);
    expect(await screen.findByText('This audit is no longer in the history.')).toBeTruthy();
  });
});
