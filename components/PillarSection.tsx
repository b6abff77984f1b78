import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CriterionResult } from '../utils/report';
import { useI18n } from './i18n';
import { PILLAR_KEYS, type PillarGroup } from './pillars';

interface Props {
  group: PillarGroup;
  renderRow: (result: CriterionResult) => ComponentChildren;
  /** A criterion to show: its pillar opens, and its not-applicable fold if it is there. */
  focus?: string;
}

/**
 * One pillar: missing criteria first, then uncertain and present; not-applicable ones folded at the end.
 * Headings are disclosure buttons (the WAI-ARIA disclosure pattern); folded rows stay in the DOM, hidden.
 */
export function PillarSection({ group, renderRow, focus }: Props) {
  const { t, tn } = useI18n();
  const applicable = group.results.filter((r) => r.outcome !== 'not-applicable');
  const na = group.results.filter((r) => r.outcome === 'not-applicable');
  const [open, setOpen] = useState(applicable.length > 0 || na.some((r) => r.id === focus));
  const [naOpen, setNaOpen] = useState(na.some((r) => r.id === focus));
  const id = useId();
  const { missing, present, applicable: n } = group.coverage;
  return (
    <section class={`pillar pillar--${group.pillar}`} data-testid={`pillar-${group.pillar}`}>
      <h2 class="pillar-heading">
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={`${id}-l`} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          <span class="pillar-name">{t(PILLAR_KEYS[group.pillar])}</span>{' '}
          <span class="group-count">
            {n ? `${present}/${n}` : '–'}
            {missing > 0 && ` · ${tn('count_missing', missing)}`}
          </span>
        </button>
      </h2>
      <div id={`${id}-l`} hidden={!open}>
        {applicable.length > 0 && <ul class="criteria">{applicable.map(renderRow)}</ul>}
        {na.length > 0 && (
          <>
            <button type="button" class="na-toggle" aria-expanded={naOpen} aria-controls={`${id}-na`} onClick={() => setNaOpen(!naOpen)}>
              <span class="chevron" aria-hidden="true" />
              {t('pillar_notApplicable', na.length)}
            </button>
            <ul id={`${id}-na`} class="criteria" hidden={!naOpen}>
              {na.map(renderRow)}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
