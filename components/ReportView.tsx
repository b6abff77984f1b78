import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Language } from '../criteria/schema';
import type { CriterionResult, Report } from '../utils/report';
import { countOutcomes } from '../utils/tab-reports';
import { CoverageChart } from './CoverageChart';
import { CriterionRow } from './CriterionRow';
import { I18nProvider } from './i18n';
import { PillarSection } from './PillarSection';
import { Summary } from './Summary';
import { coverageOf, groupByPillar } from './pillars';
import { criterionText, languageName, type CriterionText } from './report-format';
import { translator } from '../utils/ui-i18n';

interface Props {
  report: Report;
  /** How many evidence passages the page shows highlighted. */
  highlighted: number;
  catalogue: readonly CriterionText[];
  /** The UI language: the words around the report, and the criteria's names and reasons. */
  lang: Language;
  /** Absent: no "Show in page" buttons (nothing to show them in). */
  onShowEvidence?: (criterion: string, index: number) => void;
  /** Shown inside a criterion's row, after its reason (the popup's model clauses for missing criteria). */
  renderExtra?: (result: CriterionResult, name: string) => ComponentChildren;
  /** Shown between the summary and the pillars (the popup's clause tools). */
  children?: ComponentChildren;
  /** The criterion the popup was opened for: its pillar and fold open. */
  focusCriterion?: string;
}

export function ReportView({ report, highlighted, catalogue, lang, onShowEvidence, renderExtra, children, focusCriterion }: Props) {
  const byId = useMemo(() => new Map(catalogue.map((c) => [c.id, c])), [catalogue]);
  const groups = useMemo(() => groupByPillar(report.results, byId), [report.results, byId]);
  const { notice } = report;
  const noticeLanguage = notice.language && notice.language !== 'und' ? notice.language : undefined;
  const tr = translator(lang);
  const { t } = tr;
  const renderRow = (result: CriterionResult) => {
    const text = criterionText(byId, result.id, lang);
    return (
      <CriterionRow
        key={result.id}
        result={result}
        name={text.name}
        why={text.why}
        lang={lang}
        noticeLanguage={noticeLanguage}
        onShowEvidence={onShowEvidence}
      >
        {renderExtra?.(result, text.name)}
      </CriterionRow>
    );
  };
  return (
    <I18nProvider lang={lang}>
      <article class="report" aria-labelledby="notice-title">
        <header class="notice">
          <h1 id="notice-title" class="notice-title" lang={noticeLanguage}>
            {notice.title || t('report_untitled')}
          </h1>
          <dl class="notice-meta">
            {notice.id && (
              <div>
                <dt>{t('report_notice')}</dt>
                <dd>{notice.id}</dd>
              </div>
            )}
            <div>
              <dt>{t('report_language')}</dt>
              <dd>{languageName(notice.language, tr)}</dd>
            </div>
          </dl>
        </header>
        <CoverageChart total={coverageOf(report.results)} groups={groups} />
        <Summary counts={countOutcomes(report.results)} highlighted={highlighted} />
        {children}
        {groups.map((group) => (
          <PillarSection key={group.pillar} group={group} renderRow={renderRow} focus={focusCriterion} />
        ))}
      </article>
    </I18nProvider>
  );
}
