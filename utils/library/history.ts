/**
 * The history of audited notices, in the library database (table `history`, schema v3): one row per notice,
 * the latest report of it replacing the earlier one, the oldest rows dropped past HISTORY_LIMIT. Each row keeps
 * its whole report, so that a past audit can be shown again exactly as it was.
 *
 * Written by the popup when it shows a tab's report (popup/record-history.ts), not by the background: the
 * history is then the notices the user looked at, not every page of a portal they passed through; and the
 * background, which sets the badge on every notice page, never waits on IndexedDB or fails with it.
 */
import { coverageOf, countOf } from '../export/document';
import type { Report } from '../report';
import type { LibraryDb } from './db';
import type { HistoryEntry } from './types';

/** About 5–15 kB a report: 500 notices stay within a few megabytes. */
export const HISTORY_LIMIT = 500;

/**
 * One key per notice: its id where it has one (TED's "181161-2020" at its /html and /detail addresses alike),
 * qualified by the site (or the format, for a file) since two portals may number alike; else its address
 * without the fragment; else its title.
 */
export function historyKey(notice: Report['notice']): string {
  let host = '';
  let address = '';
  try {
    if (notice.url) {
      const u = new URL(notice.url);
      host = u.host;
      u.hash = '';
      address = u.href;
    }
  } catch {
    address = notice.url ?? '';
  }
  if (notice.id) return `id:${host || notice.format}:${notice.id}`;
  if (address) return `url:${address}`;
  return `title:${notice.format}:${notice.title}`;
}

export function historyEntry(report: Report, auditedAt: number): HistoryEntry {
  const n = report.notice;
  return {
    id: historyKey(n),
    auditedAt,
    title: n.title,
    ...(n.id ? { noticeId: n.id } : {}),
    ...(n.url ? { url: n.url } : {}),
    ...(n.buyer ? { buyer: n.buyer } : {}),
    ...(n.buyerCountry ? { buyerCountry: n.buyerCountry } : {}),
    coverage: coverageOf(report.results).percent,
    counts: countOf(report.results),
    engineVersion: report.engineVersion,
    catalogueVersion: report.catalogueVersion,
    report,
  };
}

/** Records (or updates) the notice's entry, then drops the oldest entries past `limit`, in one transaction. */
export async function recordAudit(db: LibraryDb, report: Report, auditedAt = Date.now(), limit = HISTORY_LIMIT): Promise<HistoryEntry> {
  const entry = historyEntry(report, auditedAt);
  await db.transaction('rw', db.history, async () => {
    await db.history.put(entry);
    const extra = (await db.history.count()) - limit;
    if (extra > 0) await db.history.orderBy('auditedAt').limit(extra).delete();
  });
  return entry;
}

/** Newest first. */
export function listHistory(db: LibraryDb): Promise<HistoryEntry[]> {
  return db.history.orderBy('auditedAt').reverse().toArray();
}

export const getHistoryEntry = (db: LibraryDb, id: string): Promise<HistoryEntry | undefined> => db.history.get(id);

export const deleteHistoryEntry = (db: LibraryDb, id: string): Promise<void> => db.history.delete(id);

export const clearHistory = (db: LibraryDb): Promise<void> => db.history.clear();
