/** A portal as the empty state lists it. */
export interface SupportedPortal {
  name: string;
  /** The portal's home page, e.g. "https://ted.europa.eu/". */
  home: string;
}

/** What the popup says on a page without a recognised notice, with the portals the content script reads. */
export function EmptyState({ portals }: { portals: readonly SupportedPortal[] }) {
  return (
    <section class="empty-state" data-testid="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">No tender notice recognised on this page</h1>
      <p>Open a notice on a supported portal and Tender Lens checks it against sustainable-procurement criteria.</p>
      <h2 class="empty-subtitle">Supported portals</h2>
      <ul class="portals">
        {portals.map((p) => (
          <li key={p.home}>
            <a href={p.home} target="_blank" rel="noopener noreferrer">
              {p.name}
            </a>{' '}
            <span class="portal-host">({new URL(p.home).host})</span>
          </li>
        ))}
      </ul>
      <p class="empty-hint">On a notice page that was already open, reload the page.</p>
    </section>
  );
}
