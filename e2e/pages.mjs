/**
 * Saved portal pages and the real URLs they are served at (by request interception, so the content script
 * sees the portal's real origin and path). One table for the end-to-end tests and `npm start`.
 * `transform` rewrites a saved page to simulate a portal that changed its layout.
 */
export const PAGES = [
  {
    url: 'https://ted.europa.eu/en/notice/181161-2020/html',
    file: 'tests/fixtures/ted-html/181161-2020.html',
    what: 'TED notice 181161-2020 (Scottish Water, PV servicing and maintenance), rendered notice HTML',
  },
  {
    url: 'https://ted.europa.eu/en/notice/-/detail/181161-2020',
    file: 'tests/fixtures/ted-html/181161-2020.html',
    what: 'the same notice at TED’s single-page detail address',
  },
  {
    url: 'https://ted.europa.eu/en/notice/563384-2019/html',
    file: 'tests/fixtures/ted-html/563384-2019.html',
    what: 'TED notice 563384-2019 (Publications Office, IT services), rendered notice HTML',
  },
  {
    url: 'https://ted.europa.eu/en/notice/181162-2020/html',
    file: 'tests/fixtures/ted-html/181161-2020.html',
    // TED changed its markup: the field keys the adapter reads are gone
    transform: (html) => html.replaceAll('data-labels-key=', 'data-label-id='),
    what: 'notice 181161-2020 in a changed layout (no data-labels-key attributes)',
  },
  {
    url: 'https://ted.europa.eu/en/',
    file: 'e2e/pages/ted-home.html',
    what: 'a TED page that is not a notice',
  },
  {
    url: 'https://ted.europa.eu/en/notice/362098-2020/html',
    file: 'tests/fixtures/ted-html/362098-2020.html',
    what: 'TED notice 362098-2020 (CEA Cadarache, project management assistance), a notice in French (e2e/i18n.test.mjs)',
  },
];

/** One saved page per portal adapter, at a real notice address of that portal (e2e/portals.test.mjs). */
export const PORTAL_PAGES = [
  { portal: 'find-a-tender', url: 'https://www.find-tender.service.gov.uk/Notice/008624-2023', file: 'tests/fixtures/html/find_a_tender/fts_national_framework_adalimumab_2023.html' },
  { portal: 'find-a-tender', url: 'https://www.find-tender.service.gov.uk/Notice/002433-2025', file: 'tests/fixtures/html/find_a_tender/fts_uk4_tender_notice_constructed.html' },
  { portal: 'contracts-finder', url: 'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac', file: 'tests/fixtures/html/contracts_finder/cf_nhs_framework_adalimumab_2018.html' },
  { portal: 'ungm', url: 'https://www.ungm.org/Public/Notice/27501', file: 'tests/fixtures/html/ungm/notice_27501.html' },
  { portal: 'sam-gov', url: 'https://sam.gov/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b/view', file: 'tests/fixtures/html/sam_gov/opp_nama-nw-11-q-0009_microfilm_scanners.html' },
  { portal: 'boamp', url: 'https://www.boamp.fr/avis/detail/21-97063', file: 'tests/fixtures/html/boamp/avis_21-97063_vetraz_monthoux_concours.html' },
  { portal: 'austender', url: 'https://www.tenders.gov.au/Atm/Show/5f3c9a52-3b7e-4e3a-9d61-0a7f2c1e8b44', file: 'tests/fixtures/html/austender/atm_rft17-18-09_penrith_gpt.html' },
  { portal: 'etenders-ie', url: 'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=3917450', file: 'tests/fixtures/html/etenders_ie/etenders_3917450_offaly_consultants.html' },
  { portal: 'canadabuys', url: 'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/cb-395-41051453', file: 'tests/fixtures/html/canadabuys/tender-notice_en_20-7088_sport_outdoor.html' },
  { portal: 'gets-nz', url: 'https://www.gets.govt.nz/WGCD/ExternalTenderDetails.htm?id=34261873', file: 'tests/fixtures/html/gets_nz/gets_34261873_wgcd_it_products.html' },
];

export const DEMO_URL = PAGES[0].url;
