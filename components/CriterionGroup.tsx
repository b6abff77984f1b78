import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Outcome } from '../utils/report';
import { useI18n } from './i18n';
import { OUTCOME_KEYS } from './report-format';
import { OutcomeIcon } from './OutcomeIcon';

interface Props {
  outcome: Outcome;
  count: number;
  defaultOpen: boolean;
  children: ComponentChildren;
}

/**
 * A group of criteria with one outcome, under a heading that is also a disclosure button (the WAI-ARIA
 * disclosure pattern): headings stay navigable, and long groups can be folded from the keyboard.
 * Folded rows stay in the DOM (hidden), so end-to-end tests can read every outcome without clicking.
 */
export function CriterionGroup({ outcome, count, defaultOpen, children }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  const listId = useId();
  return (
    <section class={`group group--${outcome}`} data-testid={`group-${outcome}`}>
      <h2 class="group-heading">
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          <OutcomeIcon outcome={outcome} />
          <span>
            {t(OUTCOME_KEYS[outcome])} <span class="group-count">({count})</span>
          </span>
        </button>
      </h2>
      <ul id={listId} class="criteria" hidden={!open}>
        {children}
      </ul>
    </section>
  );
}
