/** @vitest-environment happy-dom */
// "Check this page" in the popup: the empty state's button, the injection into the active tab, the answers.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EmptyState } from '../components/EmptyState';
import type { CheckPageResult } from '../entrypoints/check-page';
import { App } from '../entrypoints/popup/App';
import { checkErrorMessage, isCheckPageResult, pageCheckOf } from '../entrypoints/popup/check-active-tab';
import type { GetReportResponse } from '../utils/messages';
import { sampleCatalogue, sampleReport } from './helpers/sample-report';

const PORTALS = [{ name: 'TED – Tenders Electronic Daily', home: 'https://ted.europa.eu/' }];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('EmptyState: Check this page', () => {
  it('offers the button only when the popup can check the tab', () => {
    const { unmount } = render(<EmptyState portals={PORTALS} />);
    expect(screen.queryByRole('button', { name: 'Check this page' })).toBeNull();
    unmount();
    const onCheck = vi.fn();
    render(<EmptyState portals={PORTALS} onCheck={onCheck} />);
    const button = screen.getByRole('button', { name: 'Check this page' });
    expect(button.getAttribute('aria-describedby')).toBe('check-page-note');
    fireEvent.click(button);
    expect(onCheck).toHaveBeenCalledTimes(1);
  });

  it('says the page does not read like a notice, with what it found, in a live region', () => {
    render(
      <EmptyState
        portals={PORTALS}
        onCheck={() => {}}
        check={{ kind: 'not-a-notice', signals: ['procurement: “procurement”', 'search results: “25 results” (a list of notices, not one)'] }}
      />,
    );
    const result = screen.getByTestId('check-result');
    expect(result.getAttribute('role')).toBe('status');
    expect(result.textContent).toContain('This page does not read like a tender notice.');
    expect(within(result).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'procurement: “procurement”',
      'search results: “25 results” (a list of notices, not one)',
    ]);
  });

  it('says when nothing at all was found, disables the button while checking, and shows errors as alerts', () => {
    const { rerender } = render(<EmptyState portals={PORTALS} onCheck={() => {}} check={{ kind: 'not-a-notice', signals: [] }} />);
    expect(screen.getByTestId('check-result').textContent).toContain('It found no sign of one');
    rerender(<EmptyState portals={PORTALS} onCheck={() => {}} check={{ kind: 'checking' }} />);
    expect((screen.getByRole('button', { name: 'Check this page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('check-result').textContent).toBe('Reading the page…');
    rerender(<EmptyState portals={PORTALS} onCheck={() => {}} check={{ kind: 'error', message: 'Tender Lens may not read this page.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Tender Lens may not read this page.');
  });

  it('links to the options page to add a portal', () => {
    const onOpenOptions = vi.fn();
    render(<EmptyState portals={PORTALS} onOpenOptions={onOpenOptions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add your own portal' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });
});

describe('check-active-tab helpers', () => {
  it('accepts only well-formed results', () => {
    expect(isCheckPageResult({ status: 'not-a-notice', score: 1, signals: ['x'] })).toBe(true);
    expect(isCheckPageResult({ status: 'audited', score: 7, signals: [], title: 't', highlighted: 2 })).toBe(true);
    expect(isCheckPageResult(undefined)).toBe(false);
    expect(isCheckPageResult({ status: 'other', score: 1, signals: [] })).toBe(false);
    expect(isCheckPageResult({ status: 'failed', score: 1, signals: [3] })).toBe(false);
  });

  it('turns results and errors into what the popup says', () => {
    expect(pageCheckOf({ status: 'audited', score: 7, signals: [], title: 't', highlighted: 2 })).toEqual({ kind: 'audited' });
    expect(pageCheckOf({ status: 'failed', score: 7, signals: [], error: 'boom' })).toMatchObject({ kind: 'error', message: expect.stringContaining('boom') });
    expect(checkErrorMessage(new Error('Cannot access a chrome:// URL'))).toMatch(/may not read this page/);
    expect(checkErrorMessage(new Error('Missing host permission for the tab'))).toMatch(/may not read this page/);
    expect(checkErrorMessage(new Error('Frame with ID 0 was removed.'))).toMatch(/^Could not check this page \(Frame with ID 0 was removed\.\)/);
  });
});

describe('App: Check this page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  function answerGetReport(response: GetReportResponse) {
    const answer = { current: response };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => Promise.resolve(answer.current)) as never);
    return answer;
  }
  function stubScripting(result: CheckPageResult | Error) {
    const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation((() => (result instanceof Error ? Promise.reject(result) : Promise.resolve([{ frameId: 0, result }]))) as never);
    return { insertCSS, executeScript };
  }

  it('injects the highlights style and the check-page script into the tab, and says when it is no notice', async () => {
    answerGetReport({ report: null, highlighted: 0 });
    const { insertCSS, executeScript } = stubScripting({ status: 'not-a-notice', score: 1, signals: ['procurement: “procurement”'] });
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=5" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));

    await waitFor(() => expect(screen.getByTestId('check-result').textContent).toContain('This page does not read like a tender notice.'));
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/assets/page-highlights.css'] });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/check-page.js'] });
    expect(screen.getByTestId('check-result').textContent).toContain('procurement: “procurement”');
  });

  it('shows the report once the page is audited', async () => {
    const answer = answerGetReport({ report: null, highlighted: 0 });
    stubScripting({ status: 'audited', score: 8, signals: [], title: 'Supply of laptops and monitors', highlighted: 1 });
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=5" />);
    const button = await screen.findByRole('button', { name: 'Check this page' });
    answer.current = { report: sampleReport(), highlighted: 1 }; // what the background stored from the audit
    fireEvent.click(button);
    await screen.findByRole('heading', { level: 1, name: 'Supply of laptops and monitors' });
  });

  it('explains a page the browser keeps out of reach', async () => {
    answerGetReport({ report: null, highlighted: 0 });
    stubScripting(new Error('Cannot access a chrome:// URL'));
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=5" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/may not read this page/);
  });

  it('opens the options page from the empty state', async () => {
    answerGetReport({ report: null, highlighted: 0 });
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App portals={PORTALS} catalogue={sampleCatalogue} search="?tab=5" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add your own portal' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(open).toHaveBeenCalled();
  });
});
