import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../../utils/library/db';
import { HISTORY_LIMIT, clearHistory, deleteHistoryEntry, listHistory } from '../../utils/library/history';
import type { HistoryEntry } from '../../utils/library/types';
import './history.css';
import { useI18n } from '../../components/i18n';
import type { Translator } from '../../utils/ui-i18n';

interface Props {
  db: LibraryDb;
  /** Where a past report opens (default: the popup page in a tab, read only). */
  reportUrl?: (id: string) => string;
}

const defaultReportUrl = (id: string) => `popup.html?history=${encodeURIComponent(id)}`;
const messageOf = (e: unknown) => String((e as Error)?.message ?? e);

/** "Coverage 18% · 13 missing · 1 uncertain · 3 present" (the popup's score and counts). */
function scoreLine({ t, tn, percent }: Translator, e: HistoryEntry): string {
  const parts = [t('history_coverage', e.coverage === null ? '–' : percent(e.coverage)), tn('count_missing', e.counts.missing)];
  if (e.counts.uncertain) parts.push(tn('count_uncertain', e.counts.uncertain));
  parts.push(tn('count_present', e.counts.present));
  return parts.join(' · ');
}

/**
 * The audits the popup showed, newest first: open one (read only, in the popup page), delete one, or clear them
 * all after a confirmation. Follows the database (liveQuery): a notice audited while the page is open appears.
 */
export function HistorySection({ db, reportUrl = defaultReportUrl }: Props) {
  const tr = useI18n();
  const { t, tn, lang } = tr;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
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
        setError(t('history_readFailed', messageOf(e)));
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
        setStatus(t('history_deleted', e.title || t('report_untitled')));
        heading.current?.focus();
      },
      (err: unknown) => setError(t('history_deleteFailed', messageOf(err))),
    );
  };

  const onClear = () => {
    setError('');
    clearHistory(db).then(
      () => {
        setConfirming(false);
        setStatus(t('history_cleared'));
        heading.current?.focus();
      },
      (err: unknown) => setError(t('history_clearFailed', messageOf(err))),
    );
  };

  const n = entries?.length ?? 0;
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title" ref={heading} tabIndex={-1}>
        {t('history_title')}
      </h2>
      <p class="intro">{t('history_intro', HISTORY_LIMIT)}</p>
      {entries === null ? (
        <p>{t('history_loading')}</p>
      ) : n === 0 ? (
        <p class="empty">{t('history_empty')}</p>
      ) : (
        <ul class="history-list" aria-labelledby="history-title">
          {entries.map((e) => {
            const title = e.title || t('report_untitled');
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
                  <p class="history-score">{scoreLine(tr, e)}</p>
                </div>
                <button type="button" onClick={() => onDelete(e)} aria-label={t('history_deleteLabel', title)}>
                  {t('common_delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {n > 0 &&
        (confirming ? (
          <div class="confirm" role="group" aria-labelledby="history-confirm">
            <p id="history-confirm">{tn('history_confirm', n)}</p>
            <div class="actions">
              <button type="button" ref={confirmButton} class="primary-button" onClick={onClear}>
                {t('history_deleteAll')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common_cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button type="button" onClick={() => (setStatus(''), setConfirming(true))}>
              {t('history_clear')}
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
