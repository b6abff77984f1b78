import type { Outcome } from '../utils/report';
import { OUTCOME_LABELS } from './report-format';
import { OutcomeIcon } from './OutcomeIcon';

/** Outcome as text, icon and colour together. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span class={`outcome-badge outcome--${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
