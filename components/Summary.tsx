import type { Outcome } from '../utils/report';
import { GROUP_ORDER, OUTCOME_LABELS } from './report-format';
import { OutcomeIcon } from './OutcomeIcon';

interface Props {
  counts: Record<Outcome, number>;
  highlighted: number;
}

/** One line of counts per outcome (in the groups' order), and how many passages the page highlights. */
export function Summary({ counts, highlighted }: Props) {
  return (
    <div class="summary" data-testid="summary">
      <ul class="summary-counts" aria-label="Criteria by outcome">
        {GROUP_ORDER.map((o) => (
          <li key={o} class={`summary-count outcome--${o}`} data-outcome={o}>
            <OutcomeIcon outcome={o} />
            <strong>{counts[o]}</strong> {OUTCOME_LABELS[o].toLowerCase()}
          </li>
        ))}
      </ul>
      {highlighted > 0 && (
        <p class="summary-highlighted">
          {highlighted === 1 ? '1 passage' : `${highlighted} passages`} highlighted in the page
        </p>
      )}
    </div>
  );
}
