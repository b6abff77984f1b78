/**
 * UK Contracts Finder (contractsfinder.service.gov.uk): English public contracts from £12,000 (and their awards).
 *
 * Notice pages `/Notice/{GUID}` are server-rendered, in an older GOV.UK style: the title in `h1`, the buyer
 * under it (`h2.breadcrumb-description`), then the notice column `#content-holder-left` with one
 * `div.content-block` per part, each an `h3` ("Contract summary", "Description", "More information", "Award
 * information", "About the buyer") and fields as `h4 > strong` labels followed by their values. The labels
 * decide what is read how (utils/parsers/portal-pages.ts, shared with the CLI's parser):
 * - "Industry" lists CPV codes ("Pharmaceutical products - 33600000"): notice.cpv, not a section;
 * - "Contract is suitable for SMEs?" Yes/No: field BT-726 'true'/'false' (the SME-access criterion reads it);
 * - "Description": what is bought ('description'); "About the buyer" and dates/references: 'boilerplate'.
 * Not read: the "Share this notice" and feedback blocks (`.no-print`), the portal's explanation of the
 * procedure type and the suppliers' address cards (`.form-opener`), the right column, header and footer.
 * Read-only: nothing here writes to the page.
 */
import { CONTRACTS_FINDER_SELECTORS, contractsFinderIdOf, contractsFinderReader } from '../../../utils/parsers/portal-pages';
import { runAtOnce, type Steps } from '../slices';
import { allOf, readHeadingPage } from './page-blocks';
import type { Extraction, PortalAdapter } from './types';

/** Ordered fallbacks with a comment each, shared with the CLI's parser: see CONTRACTS_FINDER_SELECTORS. */
const SELECTORS = CONTRACTS_FINDER_SELECTORS;
const HOSTS = new Set(['www.contractsfinder.service.gov.uk', 'contractsfinder.service.gov.uk']);
/** `/Notice/{GUID}` (the search results link to `/notice/{GUID}?origin=SearchResults&p=1`); not `/Notice/Attachment/{GUID}`. */
const NOTICE_PATH = /^\/notice\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i;

export const contractsFinder: PortalAdapter = {
  id: 'contracts-finder',
  name: 'Contracts Finder (UK)',
  matches: [
    'https://www.contractsfinder.service.gov.uk/Notice/*',
    'https://www.contractsfinder.service.gov.uk/notice/*',
    'https://contractsfinder.service.gov.uk/Notice/*',
    'https://contractsfinder.service.gov.uk/notice/*',
  ],
  examples: {
    notices: [
      'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac',
      'https://www.contractsfinder.service.gov.uk/Notice/306fb694-922b-4fe9-bbf5-943cf55d1ef0',
      'https://www.contractsfinder.service.gov.uk/notice/5fb51727-2410-4f8e-82d7-82890f1848b6?origin=SearchResults&p=1',
    ],
    others: [
      'https://www.contractsfinder.service.gov.uk/',
      'https://www.contractsfinder.service.gov.uk/Search/Results',
      'https://www.contractsfinder.service.gov.uk/Notice/Attachment/d4a2e24b-6fca-40d7-93e9-117786eea938',
      'https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search',
      'https://www.contractsfinder.service.gov.uk/Home/AccessibilityStatement',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && NOTICE_PATH.test(url.pathname),
  rootSelectors: [...SELECTORS.root],
  extract: (doc, url) => runAtOnce(readContractsFinder(doc, url)),
  read: readContractsFinder,
};

function readContractsFinder(doc: Document, url: URL): Steps<Extraction | null> {
  return readHeadingPage(doc, url, {
    portal: 'Contracts Finder',
    selectors: SELECTORS,
    reader: contractsFinderReader(),
    // one div.content-block per part, not the blocks nested in one, not the explanations (`.form-opener`)
    parts: (root) =>
      allOf(root, SELECTORS.blocks).filter((b) => !b.classList.contains(SELECTORS.excludedBlockClass) && !b.parentElement?.closest(SELECTORS.blocks[0])),
    id: (_doc, u) => contractsFinderIdOf(u.href),
  });
}

/* Test URLs (manual checks):
   https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac   (NHS adalimumab framework, awarded:
       tests/fixtures/html/contracts_finder/cf_nhs_framework_adalimumab_2018.html)
   https://www.contractsfinder.service.gov.uk/Notice/306fb694-922b-4fe9-bbf5-943cf55d1ef0   (apprenticeship programme, tender)
   https://www.contractsfinder.service.gov.uk/Search/Results                                 (not a notice)
*/
