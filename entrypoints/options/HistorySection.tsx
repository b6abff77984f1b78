import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { HISTORY_LIMIT, clearHistory, deleteHistoryEntry, listHistory } from '../../utils/library/history';
import type { HistoryEntry } from '../../utils/library/types';
import './history.css';

interface Props {
  db: LibraryDb;
  /** Where a past report opens (default: the popup page in a tab, read only). */
  reportUrl?: (id: string) => string;
}

const defaultReportUrl = (id: string) => `popup.html?history=${encodeURIComponent(id)}`;
const messageOf = (e: unknown) => String((e as Error)?.message ?? e);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Coverage 18% · 13 missing · 1 uncertain · 3 present" (the popup's score and counts). */
function scoreLine(e: HistoryEntry): string {
  const parts = [`Coverage ${e.coverage === null ? '–' : `${e.coverage}%`}`, `${e.counts.missing} missing`];
  if (e.counts.uncertain) parts.push(`${e.counts.uncertain} uncertain`);
  parts.push(`${e.counts.present} present`);
  return parts.join(' · ');
}

/**
 * The audits the popup showed, newest first: open one (read only, in the popup page), delete one, or clear them
 * all after a confirmation. Follows the database (liveQuery): a notice audited while the page is open appears.
 */
export function HistorySection({ db, reportUrl = defaultReportUrl }: Props) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const sub = liveQuery(() => listHistory(db)).subscribe({
      next: setEntries,
      error: (e: unknown) => {
        setEntries([]);
        setError(`Could not read the history: ${messageOf(e)}`);
      },
    });
    return () => sub.unsubscribe();
  }, [db]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const onDelete = (e: HistoryEntry) => {
    setError('');
    deleteHistoryEntry(db, e.id).then(
      () => {
        setStatus(`Deleted “${e.title || 'Untitled notice'}” from the history.`);
        heading.current?.focus();
      },
      (err: unknown) => setError(`Could not delete it: ${messageOf(err)}`),
    );
  };

  const onClear = () => {
    setError('');
    clearHistory(db).then(
      () => {
        setConfirming(false);
        setStatus('History cleared.');
        heading.current?.focus();
      },
      (err: unknown) => setError(`Could not clear the history: ${messageOf(err)}`),
    );
  };

  const n = entries?.length ?? 0;
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title" ref={heading} tabIndex={-1}>
        History
      </h2>
      <p class="intro">
        The notices you opened Tender Lens on, newest first, with their scores; the last {HISTORY_LIMIT} are kept, on
        this computer only.
      </p>
      {entries === null ? (
        <p>Reading the history…</p>
      ) : n === 0 ? (
        <p class="empty">No audit yet.</p>
      ) : (
        <ul class="history-list" aria-labelledby="history-title">
          {entries.map((e) => {
            const title = e.title || 'Untitled notice';
            return (
              <li key={e.id} class="history-item" data-testid="history-entry">
                <div class="history-text">
                  <h3 class="history-title">
                    <a href={reportUrl(e.id)} target="_blank" rel="noopener">
                      {title}
                    </a>
                  </h3>
                  <p class="history-meta">
                    {[e.buyer, e.noticeId].filter(Boolean).join(' · ')}
                    {(e.buyer || e.noticeId) && ' · '}
                    <time dateTime={new Date(e.auditedAt).toISOString()}>{when.format(e.auditedAt)}</time>
                  </p>
                  <p class="history-score">{scoreLine(e)}</p>
                </div>
                <button type="button" onClick={() => onDelete(e)} aria-label={`Delete “${title}” from the history`}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {n > 0 &&
        (confirming ? (
          <div class="confirm" role="group" aria-labelledby="history-confirm">
            <p id="history-confirm">Delete all {plural(n, 'audit', 'audits')} from the history? This cannot be undone.</p>
            <div class="actions">
              <button type="button" ref={confirmButton} class="primary-button" onClick={onClear}>
                Delete all
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button type="button" onClick={() => (setStatus(''), setConfirming(true))}>
              Clear history…
            </button>
          </div>
        ))}
      <p class="form-error" role="alert">
        {error}
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
