import type { ComponentChildren } from 'preact';
import type { Language } from '../criteria/schema';
import type { CriterionResult } from '../utils/report';
import { EvidenceQuote } from './EvidenceQuote';
import { useI18n } from './i18n';
import { OutcomeBadge } from './OutcomeBadge';

interface Props {
  result: CriterionResult;
  name: string;
  /** One line on why the criterion matters (shown for missing). */
  why: string | null;
  lang: Language;
  noticeLanguage?: string;
  onShowEvidence?: (criterion: string, index: number) => void;
  /** After the reason: the popup's model clauses for a missing criterion. */
  children?: ComponentChildren;
}

export function CriterionRow({ result, name, why, lang, noticeLanguage, onShowEvidence, children }: Props) {
  const { t } = useI18n();
  const { id, outcome, reason, evidence } = result;
  return (
    <li class={`criterion criterion--${outcome}`} data-testid={`criterion-${id}`} data-outcome={outcome}>
      <div class="criterion-head">
        <OutcomeBadge outcome={outcome} />
        {/* focusable from script: popup.html?criterion=<id> moves the focus here */}
        <h3 class="criterion-name" lang={lang} tabIndex={-1}>
          {name}
        </h3>
      </div>
      {outcome === 'missing' && why && (
        <p class="criterion-why" lang={lang}>
          {why}
        </p>
      )}
      {reason && (outcome === 'uncertain' || outcome === 'missing') && <p class="criterion-reason">{reason}</p>}
      {children}
      {outcome !== 'not-applicable' && evidence.length > 0 && (
        <ol class="evidence-list" aria-label={t('criterion_evidenceFor', name)}>
          {evidence.map((e, i) => (
            <li key={i}>
              <EvidenceQuote
                evidence={e}
                criterionId={id}
                index={i}
                criterionName={name}
                noticeLanguage={noticeLanguage}
                onShow={onShowEvidence}
              />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
