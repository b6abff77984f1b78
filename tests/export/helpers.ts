/** Real reports for the export tests: shared fixtures read by the parsers and audited by the engine. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit } from '../../utils/engine';
import { defaultCatalogue } from '../../utils/default-catalogue';
import { parseNotice } from '../../utils/parsers/detect';
import type { Report } from '../../utils/report';

/** vitest runs from the repository root (and happy-dom's URL is not Node's: no import.meta.url here). */
const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

export function auditFixture(file: string, url?: string): Report {
  const text = readFileSync(resolve(FIXTURES, file), 'utf8');
  return audit(parseNotice(text, { fileName: file, ...(url ? { url } : {}) }), defaultCatalogue);
}

export const TED_URL = 'https://ted.europa.eu/en/notice/181161-2020/html';
/** TED 181161-2020 (Scottish Water): labour rights present (BT-70), life-cycle cost uncertain, 13 missing. */
export const tedReport = () => auditFixture('ted-html/181161-2020.html', TED_URL);
/** eForms synthetic maximal notice: fields of every kind (BT-71, BT-736, EED, BT-776). */
export const maximalReport = () => auditFixture('eforms/cn_24_maximal.xml');
/** A French eForms notice. */
export const frenchReport = () => auditFixture('eforms/cn_24_FRA_comments.xml');

/** Markup that must stay text wherever a report's strings go. */
export const XSS = '<img src=x onerror=alert(1)>"\'><script>alert(2)</script>';

export { parseCsv } from '../helpers/csv';
