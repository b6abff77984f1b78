/** The popup's words around exports, the history and the supplier checklist (English, or French for a French browser). */
import type { ReportFormat } from '../utils/export/formats';
import type { UiLang } from './clause-strings';

const FORMAT_NAMES: Record<ReportFormat, string> = { markdown: 'Markdown', csv: 'CSV', json: 'JSON', html: 'HTML' };

export const EXPORT_UI = {
  en: {
    export: 'Export',
    exportAs: 'Export the report as',
    format: (f: ReportFormat) => (f === 'html' ? 'Printable page (HTML)' : FORMAT_NAMES[f]),
    saved: (name: string, f: ReportFormat | 'checklist') => `Saved ${name}${f === 'html' ? ': open it to print' : ''}.`,
    failed: (why: string) => `Could not export: ${why}`,
    checklist: 'Supplier checklist',
    checklistIntro: 'What the notice binds the supplier to, and the proof to prepare.',
    checklistEmpty: 'The notice binds the supplier to none of the criteria.',
    proof: 'Proof',
    exportChecklistAs: 'Export the checklist as',
    savedAudit: 'Saved audit of',
    readOnly: 'Read only: the page is not open.',
    notFound: 'This audit is no longer in the history.',
    openNotice: 'Open the notice',
  },
  fr: {
    export: 'Exporter',
    exportAs: 'Exporter le rapport en',
    format: (f: ReportFormat) => (f === 'html' ? 'Page imprimable (HTML)' : FORMAT_NAMES[f]),
    saved: (name: string, f: ReportFormat | 'checklist') => `${name} enregistré${f === 'html' ? ' : ouvrez-le pour l’imprimer' : ''}.`,
    failed: (why: string) => `Export impossible : ${why}`,
    checklist: 'Liste du fournisseur',
    checklistIntro: 'Ce à quoi l’avis engage le fournisseur, et les justificatifs à préparer.',
    checklistEmpty: 'L’avis n’engage le fournisseur sur aucun des critères.',
    proof: 'Justificatif',
    exportChecklistAs: 'Exporter la liste en',
    savedAudit: 'Analyse enregistrée du',
    readOnly: 'Lecture seule : la page n’est pas ouverte.',
    notFound: 'Cette analyse n’est plus dans l’historique.',
    openNotice: 'Ouvrir l’avis',
  },
} satisfies Record<UiLang, unknown>;
