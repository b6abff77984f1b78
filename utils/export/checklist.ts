/**
 * The supplier's checklist: what the tender binds the supplier to, stage by stage, with the proof to prepare
 * and the notice's own words. Made from a report's "present" criteria and their strong (binding) evidence; the
 * stage comes from where the evidence stands (its section's label or id, or its field's business term), since
 * the report keeps the label and id of each passage's section but not its kind. Pure.
 */
import { STAGES, type Stage } from '../library/types';
import type { Evidence, Report } from '../report';
import { evidenceSourceOf, oneLine, quoteOf, type CriterionNames } from './document';
import { exportLang, type ExportLang } from './labels';
import { translator } from '../ui-i18n';
import { proofFor, type ProofKind } from './proof';

export interface ChecklistItem {
  criterion: string;
  /** The requirement: the criterion's name in the export language. */
  name: string;
  stage: Stage;
  proof: ProofKind[];
  /** What to gather, in a few words. */
  what: string;
  /** The passage that binds the supplier (empty for a field that says only its code). */
  quote: string;
  source: string;
}

/** Field business terms whose place in the tender is known. Others are requirements on what is delivered. */
const FIELD_STAGES: Record<string, Stage> = {
  'BT-71': 'selection', // participation reserved to sheltered workshops, social enterprises
  'BT-750': 'selection',
  'BT-752': 'selection',
  'BT-756': 'selection',
  'BT-809': 'selection',
  'BT-539': 'award',
  'BT-540': 'award',
  'BT-541': 'award',
  'BT-543': 'award',
  'BT-733': 'award',
  'BT-734': 'award',
  'BT-70': 'performance',
  'BT-736': 'performance', // to be performed within sheltered employment programmes
};

/**
 * Section labels and ids by stage, in the catalogue's four languages and the XML element names of TED. Tried in
 * this order: performance, then award (an award criterion about staff "qualification" is still an award
 * criterion), then selection; anything else is a technical specification.
 */
const SECTION_STAGES: [Stage, RegExp][] = [
  [
    'performance',
    /\bBT-70\b|PERFORMANCE_CONDITIONS|performance of the contract|contract performance|conditions? of performance|performance conditions?|conditions? (?:particulières )?d['’]exécution|exécution du marché|ausführungsbedingung|auftragsausführung|condiciones (?:especiales )?de ejecución/i,
  ],
  [
    'award',
    /\bBT-(?:539|540|541|543|733|734)\b|AC_(?:CRITERION|QUALITY|COST|PRICE)|CRITERIA_EVALUATION|award criteri|evaluation criteri|\bevaluation\b|critères? d['’]attribution|jugement des offres|zuschlag|criterios de (?:adjudicación|valoración)/i,
  ],
  [
    'selection',
    /\bBT-(?:750|752|756|809)\b|SELECTION|TECHNICAL_PROFESSIONAL|ECONOMIC_FINANCIAL|SUITABILITY|selection criteri|suitability|professional ability|technical and professional|economic and financial|conditions? de participation|candidatures|capacités? (?:technique|professionnelle|économique)|eignung|solvencia|criterios de selección/i,
  ],
];

/** Labels of plain paragraphs are their own first words (ids "P:<n>", labels cut with "…"): not a heading. */
const headingOf = (e: Evidence): string => (/^P:\d+$/.test(e.section) || e.label?.endsWith('…') ? '' : (e.label ?? ''));

export function stageOf(e: Evidence): Stage {
  if (e.kind === 'field' && e.field) return FIELD_STAGES[e.field.bt] ?? 'specification';
  const where = `${e.section} ${headingOf(e)}`;
  for (const [stage, re] of SECTION_STAGES) if (re.test(where)) return stage;
  return 'specification';
}

/** One item per criterion and stage: the first binding passage of that stage speaks for it. */
export function supplierChecklist(report: Report, opts: { lang?: string; catalogue: readonly CriterionNames[] }): ChecklistItem[] {
  const lang: ExportLang = exportLang(opts.lang);
  const tr = translator(lang);
  const byId = new Map(opts.catalogue.map((c) => [c.id, c]));
  const items: (ChecklistItem & { order: number })[] = [];
  report.results.forEach((r, order) => {
    if (r.outcome !== 'present') return;
    const seen = new Set<Stage>();
    for (const e of r.evidence) {
      if (e.strength !== 'strong') continue;
      const stage = stageOf(e);
      if (seen.has(stage)) continue;
      const quote = quoteOf(e);
      const proof = proofFor(r.id, quote);
      if (!proof) return; // the buyer's own design: nothing for the supplier to prove
      seen.add(stage);
      const c = byId.get(r.id);
      items.push({
        criterion: r.id,
        name: oneLine(c?.name[lang] ?? c?.name.en ?? r.id),
        stage,
        proof: proof.kinds,
        what: tr.t(proof.what),
        quote,
        source: evidenceSourceOf(e, tr),
        order,
      });
    }
  });
  return items
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order)
    .map(({ order: _order, ...item }) => item);
}
