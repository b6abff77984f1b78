import type { Outcome } from '../utils/report';
import { useI18n } from './i18n';
import { GROUP_ORDER, OUTCOME_COUNT_KEYS } from './report-format';
import { OutcomeIcon } from './OutcomeIcon';

interface Props {
  counts: Record<Outcome, number>;
  highlighted: number;
}

/** One line of counts per outcome (in the groups' order), and how many passages the page highlights. */
export function Summary({ counts, highlighted }: Props) {
  const { t, tn, pluralKey, parts, num } = useI18n();
  return (
    <div class="summary" data-testid="summary">
      <ul class="summary-counts" aria-label={t('summary_label')}>
        {GROUP_ORDER.map((o) => (
          <li key={o} class={`summary-count outcome--${o}`} data-outcome={o}>
            <OutcomeIcon outcome={o} />
            {/* "3 missing", the number in bold, wherever the language puts it */}
            {parts(pluralKey(OUTCOME_COUNT_KEYS[o], counts[o]), <strong>{num(counts[o])}</strong>)}
          </li>
        ))}
      </ul>
      {highlighted > 0 && (
        <p class="summary-highlighted">
          {tn('summary_highlighted', highlighted)}
        </p>
      )}
    </div>
  );
}
