/**
 * UK Find a Tender (find-tender.service.gov.uk): the UK's notices above the thresholds since 2021.
 *
 * Notice pages `/Notice/{NNNNNN-YYYY}` are server-rendered (GOV.UK Design System). Two layouts share the page:
 * - notices under the 2015 regulations (until Feb 2025): TED-like standard forms F01–F25, numbered headings
 *   (`h2` "Section II: Object", `h3` "II.2) Description", `h4.govuk-heading-s` "II.2.5) Award criteria"), the
 *   value in the `p.govuk-body` / `ul.govuk-list` after it. Each heading also holds a spoken form in
 *   `span.aria-only` ("two.2.5) Award criteria"), which is not read;
 * - Procurement Act 2023 notices (UK1–UK17, e.g. UK4 tender notice, UK6 contract award notice): unnumbered
 *   `h2` parts ("Scope", "Lot 1. …", "Participation", "Submission", "Award criteria", "Contracting authority")
 *   with an `h3` per field.
 * The kind of a section comes from the heading's number, else its name, else the part it sits in
 * (utils/parsers/portal-pages.ts, shared with the CLI's parser). Only the notice column is read: the contents
 * side menu, the header, the footer ("Accessibility statement") and the cookie banner never are.
 * Read-only: nothing here writes to the page.
 */
import { FIND_A_TENDER_SELECTORS, findATenderIdOf, findATenderReader } from '../../../utils/parsers/portal-pages';
import { runAtOnce, type Steps } from '../slices';
import { allOf, clean, readHeadingPage, textOf } from './page-blocks';
import type { Extraction, PortalAdapter } from './types';

/** Ordered fallbacks with a comment each, shared with the CLI's parser: see FIND_A_TENDER_SELECTORS. */
const SELECTORS = FIND_A_TENDER_SELECTORS;
const HOSTS = new Set(['www.find-tender.service.gov.uk', 'find-tender.service.gov.uk']);
/** `/Notice/008624-2023`; not `/Notice/008624-2023/PDF`, `/Notice/Attachment/A-1418`, `/Search/Results`. */
const NOTICE_PATH = /^\/Notice\/\d{6}-\d{4}\/?$/i;

export const findATender: PortalAdapter = {
  id: 'find-a-tender',
  name: 'Find a Tender (UK)',
  matches: ['https://www.find-tender.service.gov.uk/Notice/*', 'https://find-tender.service.gov.uk/Notice/*'],
  examples: {
    notices: [
      'https://www.find-tender.service.gov.uk/Notice/008624-2023',
      'https://www.find-tender.service.gov.uk/Notice/030223-2022',
      'https://www.find-tender.service.gov.uk/Notice/002433-2025',
    ],
    others: [
      'https://www.find-tender.service.gov.uk/',
      'https://www.find-tender.service.gov.uk/Search/Results',
      'https://www.find-tender.service.gov.uk/Notice/008624-2023/PDF',
      'https://www.find-tender.service.gov.uk/Notice/008624-2023/OCDS/ReleasePackage',
      'https://www.find-tender.service.gov.uk/Notice/Attachment/A-1418',
      'https://www.find-tender.service.gov.uk/Home/AccessibilityStatement',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && NOTICE_PATH.test(url.pathname),
  rootSelectors: [...SELECTORS.root],
  extract: (doc, url) => runAtOnce(readFindATender(doc, url)),
  read: readFindATender,
};

function readFindATender(doc: Document, url: URL): Steps<Extraction | null> {
  return readHeadingPage(doc, url, {
    portal: 'Find a Tender',
    selectors: SELECTORS,
    reader: findATenderReader(),
    // the id is in the address, else in the notice's reference lines
    id: (d, u) => findATenderIdOf(u.href, allOf(d, SELECTORS.noticeLines).map((p) => clean(textOf(p).text)).join('\n')),
  });
}

/* Test URLs (manual checks):
   https://www.find-tender.service.gov.uk/Notice/008624-2023   (F03 award, 4 lots: tests/fixtures/html/find_a_tender/fts_national_framework_adalimumab_2023.html)
   https://www.find-tender.service.gov.uk/Notice/030223-2022   (its F02 contract notice)
   https://www.find-tender.service.gov.uk/Notice/002433-2025   (2025)
   Any UK4 tender notice from https://www.find-tender.service.gov.uk/Search/Results (Procurement Act layout;
   tests/fixtures/html/find_a_tender/fts_uk4_tender_notice_constructed.html is built from that structure)
   https://www.find-tender.service.gov.uk/Notice/008624-2023/PDF   (not a notice page)
*/
