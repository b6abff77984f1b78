import type { Evidence } from '../utils/report';
import { useI18n } from './i18n';
import { evidenceSource, shouldQuote, splitMatch } from './report-format';

interface Props {
  evidence: Evidence;
  criterionId: string;
  /** Position in the result's evidence list: what "show-evidence" names. */
  index: number;
  /** The criterion's name, to tell the "Show in page" buttons apart for screen readers. */
  criterionName: string;
  /** The notice's language, for the quote (screen-reader pronunciation); omitted when unknown. */
  noticeLanguage?: string;
  onShow?: (criterion: string, index: number) => void;
}

/**
 * One evidence passage. Page text is rendered as text nodes only (JSX children), never as HTML: a notice is
 * third-party content and may contain markup.
 */
export function EvidenceQuote({ evidence, criterionId, index, criterionName, noticeLanguage, onShow }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const parts = splitMatch(evidence);
  return (
    <figure class="evidence" data-testid={`evidence-${criterionId}-${index}`}>
      {shouldQuote(evidence) && (
        <blockquote class="evidence-text" lang={noticeLanguage}>
          {parts ? (
            <>
              {parts.before}
              <mark>{parts.match}</mark>
              {parts.after}
            </>
          ) : (
            evidence.text
          )}
        </blockquote>
      )}
      <figcaption class="evidence-meta">
        <span class="evidence-source">{evidenceSource(evidence, tr)}</span>
        {evidence.strength === 'weak' && <span class="evidence-weak"> · {t('evidence_weak')}</span>}
      </figcaption>
      {onShow && (
        <button
          type="button"
          class="link-button"
          aria-label={t('evidence_showLabel', criterionName, index + 1)}
          onClick={() => onShow(criterionId, index)}
        >
          {t('evidence_show')}
        </button>
      )}
    </figure>
  );
}
