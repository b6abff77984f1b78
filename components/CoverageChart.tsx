import { useId } from 'preact/hooks';
import { useI18n } from './i18n';
import { PILLAR_KEYS, type Coverage, type PillarGroup } from './pillars';

interface Props {
  total: Coverage;
  groups: readonly PillarGroup[];
}

const W = 340;
const LABEL_W = 124;
const COUNT_W = 44;
const BAR_W = W - LABEL_W - COUNT_W;
const ROW = 20;
const BAR_H = 10;

/**
 * The coverage score and one bar per pillar (present, uncertain, missing). The chart is an image whose text
 * alternative (its <title>) gives the same numbers; colour is never the only cue (legend in words, counts).
 */
export function CoverageChart({ total, groups }: Props) {
  const { t, colon, percent } = useI18n();
  const titleId = useId();
  const label = (g: PillarGroup) => t(PILLAR_KEYS[g.pillar]);
  const rows = groups;
  const alt = `${t('coverage_chartLabel')}. ${rows
    .map((g) => t('coverage_pillarAlt', label(g), g.coverage.present, g.coverage.uncertain, g.coverage.missing))
    .join('. ')}.`;
  return (
    <section class="coverage" aria-labelledby={`${titleId}-h`} data-testid="coverage">
      <h2 id={`${titleId}-h`} class="coverage-title">
        {t('coverage_title')}
        {colon}
        <strong>{total.percent === null ? '–' : percent(total.percent)}</strong>
      </h2>
      <p class="coverage-line">{total.applicable ? t('coverage_line', total.present, total.applicable) : t('coverage_none')}</p>
      <svg class="coverage-chart" role="img" aria-labelledby={titleId} viewBox={`0 0 ${W} ${rows.length * ROW}`} width="100%">
        <title id={titleId}>{alt}</title>
        {rows.map((g, i) => {
          const y = i * ROW;
          const { present, uncertain, missing, applicable } = g.coverage;
          const seg = (n: number) => (applicable ? (BAR_W * n) / applicable : 0);
          return (
            <g key={g.pillar} transform={`translate(0 ${y})`}>
              <text x="0" y={ROW / 2} dominant-baseline="middle" class="coverage-label">
                {label(g)}
              </text>
              <rect x={LABEL_W} y={(ROW - BAR_H) / 2} width={BAR_W} height={BAR_H} rx="2" class="bar bar--empty" />
              <rect x={LABEL_W} y={(ROW - BAR_H) / 2} width={seg(present)} height={BAR_H} class="bar bar--present" />
              <rect x={LABEL_W + seg(present)} y={(ROW - BAR_H) / 2} width={seg(uncertain)} height={BAR_H} class="bar bar--uncertain" />
              <rect x={LABEL_W + seg(present) + seg(uncertain)} y={(ROW - BAR_H) / 2} width={seg(missing)} height={BAR_H} class="bar bar--missing" />
              <text x={W} y={ROW / 2} dominant-baseline="middle" text-anchor="end" class="coverage-count">
                {applicable ? `${present}/${applicable}` : '–'}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="coverage-legend" aria-hidden="true">
        <li>
          <span class="swatch bar--present" /> {t('legend_present')}
        </li>
        <li>
          <span class="swatch bar--uncertain" /> {t('legend_uncertain')}
        </li>
        <li>
          <span class="swatch bar--missing" /> {t('legend_missing')}
        </li>
      </ul>
    </section>
  );
}
