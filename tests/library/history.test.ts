// The audit history: one entry per notice (the latest), capped, newest first; deleted one by one or all at once.
import { afterEach, describe, expect, it } from 'vitest';
import { coverageOf } from '../../components/pillars';
import { LibraryDb } from '../../utils/library/db';
import { HISTORY_LIMIT, clearHistory, deleteHistoryEntry, getHistoryEntry, historyKey, listHistory, recordAudit } from '../../utils/library/history';
import type { Report } from '../../utils/report';
import { countOutcomes } from '../../utils/tab-reports';
import { maximalReport, tedReport } from '../export/helpers';
import { draft, freshName } from './helpers';
import { createClause } from '../../utils/library/clauses';

const dbs: LibraryDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
async function open(): Promise<LibraryDb> {
  const db = new LibraryDb(freshName());
  dbs.push(db);
  await db.open();
  return db;
}

const withNotice = (r: Report, notice: Partial<Report['notice']>): Report => ({ ...r, notice: { ...r.notice, ...notice } });

describe('history key', () => {
  it('is the notice id on its site, whatever the address; else the address without its fragment; else the title', () => {
    const n = tedReport().notice;
    expect(historyKey(n)).toBe('id:ted.europa.eu:181161-2020');
    expect(historyKey({ ...n, url: 'https://ted.europa.eu/en/notice/-/detail/181161-2020' })).toBe('id:ted.europa.eu:181161-2020');
    expect(historyKey({ ...n, url: 'https://other.example/notice/181161-2020' })).not.toBe(historyKey(n));
    expect(historyKey({ ...n, url: undefined })).toBe('id:ted-html:181161-2020');
    expect(historyKey({ ...n, id: undefined, url: 'https://portal.example/t?id=7#lot-2' })).toBe('url:https://portal.example/t?id=7');
    expect(historyKey({ ...n, id: undefined, url: undefined, format: 'text', title: 'Cleaning' })).toBe('title:text:Cleaning');
  });
});

describe('audit history', () => {
  it('records a report with its score, counts, versions and the whole report', async () => {
    const db = await open();
    const report = tedReport();
    await recordAudit(db, report, 1000);
    const entry = (await getHistoryEntry(db, historyKey(report.notice)))!;
    expect(entry).toMatchObject({
      auditedAt: 1000,
      title: 'PV Servicing and Maintenance',
      noticeId: '181161-2020',
      url: report.notice.url,
      buyer: 'Scottish Water',
      coverage: coverageOf(report.results).percent,
      counts: countOutcomes(report.results),
      engineVersion: report.engineVersion,
      catalogueVersion: report.catalogueVersion,
    });
    expect(entry.report).toEqual(report);
  });

  it('keeps one entry per notice: a later audit replaces it, at its address or another', async () => {
    const db = await open();
    await recordAudit(db, tedReport(), 1000);
    await recordAudit(db, maximalReport(), 2000);
    const again = withNotice(tedReport(), { url: 'https://ted.europa.eu/en/notice/-/detail/181161-2020' });
    await recordAudit(db, again, 3000);
    const list = await listHistory(db);
    expect(list.map((e) => [e.noticeId, e.auditedAt])).toEqual([
      ['181161-2020', 3000],
      [maximalReport().notice.id, 2000],
    ]);
    expect(list[0]!.url).toBe(again.notice.url);
  });

  it('drops the oldest entries past the limit', async () => {
    const db = await open();
    for (let i = 0; i < 5; i++) await recordAudit(db, withNotice(tedReport(), { id: `n-${i}` }), 1000 + i, 3);
    expect((await listHistory(db)).map((e) => e.noticeId)).toEqual(['n-4', 'n-3', 'n-2']);
    expect(HISTORY_LIMIT).toBe(500);
  });

  it('deletes one entry, or all, and leaves the clauses alone', async () => {
    const db = await open();
    const mine = await createClause(db, draft());
    await recordAudit(db, tedReport(), 1);
    await recordAudit(db, maximalReport(), 2);
    await deleteHistoryEntry(db, historyKey(tedReport().notice));
    expect((await listHistory(db)).map((e) => e.noticeId)).toEqual([maximalReport().notice.id]);
    await clearHistory(db);
    expect(await listHistory(db)).toEqual([]);
    expect(await db.clauses.get(mine.id)).toEqual(mine);
  });
});
