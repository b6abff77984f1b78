/** A portal as the empty state lists it. */
export interface SupportedPortal {
  name: string;
  /** The portal's home page, e.g. "https://ted.europa.eu/". */
  home: string;
}

/** Where "Check this page" stands. */
export type PageCheck =
  | { kind: 'idle' }
  | { kind: 'checking' }
  /** The page was read and audited: the report is on its way. */
  | { kind: 'audited' }
  /** `signals`: what the generic reader found, penalties included ("search results: …"). */
  | { kind: 'not-a-notice'; signals: string[] }
  | { kind: 'error'; message: string };

interface Props {
  portals: readonly SupportedPortal[];
  /** Offers "Check this page" when given. */
  onCheck?: () => void;
  check?: PageCheck;
  /** Offers "Add your own portal" (the options page) when given. */
  onOpenOptions?: () => void;
}

/**
 * What the popup says on a page without a recognised notice, with the portals the content script reads, and
 * the way to read this page anyway: "Check this page" (the generic reader, run once, when the user asks).
 */
export function EmptyState({ portals, onCheck, check = { kind: 'idle' }, onOpenOptions }: Props) {
  return (
    <section class="empty-state" data-testid="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">No tender notice recognised on this page</h1>
      <p>Open a notice on a supported portal and Tender Lens checks it against sustainable-procurement criteria.</p>
      {onCheck && (
        <div class="check-page">
          <p id="check-page-note">A notice on another site? Tender Lens reads this page only when you ask.</p>
          <button
            type="button"
            class="primary-button"
            onClick={onCheck}
            disabled={check.kind === 'checking'}
            aria-describedby="check-page-note"
          >
            Check this page
          </button>
          {/* One live region, present from the start, so that each new result is announced. */}
          <div class="check-result" role="status" data-testid="check-result">
            {check.kind === 'checking' && <p>Reading the page…</p>}
            {check.kind === 'audited' && <p>The page reads like a notice: opening its report…</p>}
            {check.kind === 'not-a-notice' && <NotANotice signals={check.signals} />}
          </div>
          {check.kind === 'error' && (
            <p class="check-error" role="alert">
              {check.message}
            </p>
          )}
        </div>
      )}
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
      {onOpenOptions && (
        <p class="empty-hint">
          <button type="button" class="link-button" onClick={onOpenOptions}>
            Add your own portal
          </button>{' '}
          to have its notices checked as you open them.
        </p>
      )}
      <p class="empty-hint">On a notice page that was already open, reload the page.</p>
    </section>
  );
}

function NotANotice({ signals }: { signals: readonly string[] }) {
  return (
    <>
      <p class="check-verdict">This page does not read like a tender notice.</p>
      {signals.length ? (
        <>
          <p>What it found (not enough for a notice):</p>
          <ul class="check-signals">
            {signals.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>It found no sign of one: no CPV code, notice type, deadline for tenders or award criteria.</p>
      )}
    </>
  );
}
