import type { Evidence } from '../utils/report';
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
        <span class="evidence-source">{evidenceSource(evidence)}</span>
        {evidence.strength === 'weak' && <span class="evidence-weak"> · weak: points that way, does not bind</span>}
      </figcaption>
      {onShow && (
        <button
          type="button"
          class="link-button"
          aria-label={`Show in page: ${criterionName}, passage ${index + 1}`}
          onClick={() => onShow(criterionId, index)}
        >
          Show in page
        </button>
      )}
    </figure>
  );
}
