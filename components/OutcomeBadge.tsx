import type { Outcome } from '../utils/report';
import { useI18n } from './i18n';
import { OUTCOME_KEYS } from './report-format';
import { OutcomeIcon } from './OutcomeIcon';

/** Outcome as text, icon and colour together. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  return (
    <span class={`outcome-badge outcome--${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {t(OUTCOME_KEYS[outcome])}
    </span>
  );
}
