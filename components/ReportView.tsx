import { useMemo } from 'preact/hooks';
import type { Language } from '../criteria/schema';
import type { Report } from '../utils/report';
import { countOutcomes } from '../utils/tab-reports';
import { CriterionGroup } from './CriterionGroup';
import { CriterionRow } from './CriterionRow';
import { Summary } from './Summary';
import { criterionText, groupResults, languageName, type CriterionText } from './report-format';

interface Props {
  report: Report;
  /** How many evidence passages the page shows highlighted. */
  highlighted: number;
  catalogue: readonly CriterionText[];
  lang: Language;
  /** Absent: no "Show in page" buttons (nothing to show them in). */
  onShowEvidence?: (criterion: string, index: number) => void;
}

export function ReportView({ report, highlighted, catalogue, lang, onShowEvidence }: Props) {
  const byId = useMemo(() => new Map(catalogue.map((c) => [c.id, c])), [catalogue]);
  const { notice } = report;
  const noticeLanguage = notice.language && notice.language !== 'und' ? notice.language : undefined;
  return (
    <article class="report" aria-labelledby="notice-title">
      <header class="notice">
        <h1 id="notice-title" class="notice-title" lang={noticeLanguage}>
          {notice.title || 'Untitled notice'}
        </h1>
        <dl class="notice-meta">
          {notice.id && (
            <div>
              <dt>Notice</dt>
              <dd>{notice.id}</dd>
            </div>
          )}
          <div>
            <dt>Language</dt>
            <dd>{languageName(notice.language)}</dd>
          </div>
        </dl>
      </header>
      <Summary counts={countOutcomes(report.results)} highlighted={highlighted} />
      {groupResults(report.results).map((group) => (
        <CriterionGroup
          key={group.outcome}
          outcome={group.outcome}
          count={group.results.length}
          defaultOpen={group.outcome !== 'not-applicable'}
        >
          {group.results.map((result) => {
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
              />
            );
          })}
        </CriterionGroup>
      ))}
    </article>
  );
}
