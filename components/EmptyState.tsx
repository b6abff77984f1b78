import { useI18n } from './i18n';

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
  const { t, parts } = useI18n();
  return (
    <section class="empty-state" data-testid="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">{t('empty_title')}</h1>
      <p>{t('empty_intro')}</p>
      {onCheck && (
        <div class="check-page">
          <p id="check-page-note">{t('empty_checkNote')}</p>
          <button
            type="button"
            class="primary-button"
            onClick={onCheck}
            disabled={check.kind === 'checking'}
            aria-describedby="check-page-note"
          >
            {t('empty_check')}
          </button>
          {/* One live region, present from the start, so that each new result is announced. */}
          <div class="check-result" role="status" data-testid="check-result">
            {check.kind === 'checking' && <p>{t('empty_checking')}</p>}
            {check.kind === 'audited' && <p>{t('empty_audited')}</p>}
            {check.kind === 'not-a-notice' && <NotANotice signals={check.signals} />}
          </div>
          {check.kind === 'error' && (
            <p class="check-error" role="alert">
              {check.message}
            </p>
          )}
        </div>
      )}
      <h2 class="empty-subtitle">{t('empty_portals')}</h2>
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
          {parts(
            'empty_addPortalHint',
            <button type="button" class="link-button" onClick={onOpenOptions}>
              {t('empty_addPortal')}
            </button>,
          )}
        </p>
      )}
      <p class="empty-hint">{t('empty_reload')}</p>
    </section>
  );
}

function NotANotice({ signals }: { signals: readonly string[] }) {
  const { t } = useI18n();
  return (
    <>
      <p class="check-verdict">{t('empty_notNotice')}</p>
      {signals.length ? (
        <>
          <p>{t('empty_foundSignals')}</p>
          <ul class="check-signals">
            {signals.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('empty_noSignals')}</p>
      )}
    </>
  );
}
