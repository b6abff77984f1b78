/**
 * The Notice model: what every parser and portal adapter produces, and the only thing the engine reads.
 * Plain data (no DOM, no zod) so that it crosses message boundaries and runs in Node, the popup and the
 * content script alike.
 */

/**
 * What a passage of the notice is, as far as the source tells. The engine uses it to decide whether a
 * passage binds the supplier: selection, specification, award and performance passages do; a title or a
 * description of the purchase only mentions.
 */
export type SectionKind =
  | 'title'
  | 'description' // what is bought (BT-24, II.2.4, SHORT_DESCR)
  | 'selection' // selection criteria, suitability, technical and professional ability
  | 'specification' // technical specifications, requirements
  | 'award' // award criteria (BT-539/540/734, II.2.5, AC_CRITERION)
  | 'performance' // conditions of performance of the contract (BT-70)
  | 'strategic' // strategic-procurement description (BT-777), accessibility justification (BT-755)
  | 'other' // additional information, anything unclassified
  | 'boilerplate'; // portal or template text that never binds anyone (buyer names, addresses, menus)

export interface NoticeSection {
  /** Stable within one notice: used by evidence to point back to the passage (and by the page renderer). */
  id: string;
  /** The label the source gives the passage ("II.2.5) Award criteria", "BT-70-Lot"). */
  label: string;
  kind: SectionKind;
  /** The passage's text, exactly as read: evidence offsets index into it. */
  text: string;
  /** Lot identifier when the passage belongs to one lot. */
  lot?: string;
}

/** A structured field of eForms / OCDS / a portal form, by business term (BT-06, BT-774, ...). */
export interface StructuredField {
  /** Business term without the level suffix: "BT-774", "BT-539", "OPT-155". */
  bt: string;
  /** The code or value as published: "clim-mitig", "cost", "true". */
  value: string;
  lot?: string;
  /** Free text that comes with it (BT-777 description of BT-06, BT-755 justification of BT-754). */
  text?: string;
  /** Section of the notice that shows this field, when the source renders it (TED HTML). */
  section?: string;
}

export type NoticeFormat = 'eforms' | 'ted-xml' | 'ted-html' | 'html' | 'text' | 'ocds';

export interface Notice {
  format: NoticeFormat;
  /** Publication number or portal id, when known ("181161-2020"). */
  id?: string;
  url?: string;
  title: string;
  /** ISO 639-1, lower case ("en", "fr"); "und" when it cannot be told. */
  language: string;
  /** Every CPV code of the notice (main and additional, every lot), 8 digits, main first, no duplicates. */
  cpv: string[];
  /** Other classifications (UNSPSC, NAICS, PSC) when there is no CPV. */
  otherClassifications?: { scheme: string; code: string }[];
  contractNature?: 'supplies' | 'services' | 'works' | 'mixed';
  buyer?: string;
  /** The buyer's country, ISO 3166-1 alpha-2 ("FR"), where the notice says it. */
  buyerCountry?: string;
  lots?: string[];
  sections: NoticeSection[];
  fields: StructuredField[];
  /**
   * Why part of the notice could not be read (a selector that found nothing, a closed shadow root, text only
   * in attachments). Non-empty gaps turn would-be "missing" results into "uncertain", never silently missing.
   */
  gaps: string[];
}

/** EU three-letter language codes (eForms, TED) to ISO 639-1. */
const EU_LANGUAGES: Record<string, string> = {
  BUL: 'bg', CES: 'cs', DAN: 'da', DEU: 'de', ELL: 'el', ENG: 'en', EST: 'et', FIN: 'fi', FRA: 'fr',
  GLE: 'ga', HRV: 'hr', HUN: 'hu', ITA: 'it', LAV: 'lv', LIT: 'lt', MLT: 'mt', NLD: 'nl', POL: 'pl',
  POR: 'pt', RON: 'ro', SLK: 'sk', SLV: 'sl', SPA: 'es', SWE: 'sv', NOR: 'no', ISL: 'is',
};

/** "ENG" → "en", "fr" → "fr", "EN" → "en"; anything else → "und". */
export function toIso6391(code: string | undefined | null): string {
  if (!code) return 'und';
  const c = code.trim();
  if (/^[a-z]{2}$/i.test(c)) return c.toLowerCase();
  return EU_LANGUAGES[c.toUpperCase()] ?? 'und';
}

/** CPV codes are 8 digits, optionally followed by a check digit ("45000000-7"); keep the 8 digits. */
export function normaliseCpv(code: string): string | null {
  const m = /^\s*(\d{8})(?:-\d)?\s*$/.exec(code);
  return m?.[1] ?? null;
}
