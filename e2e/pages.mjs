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
];

export const DEMO_URL = PAGES[0].url;
