/**
 * eForms business terms the product reads, shared by the eForms XML parser, the Node HTML parser and the
 * TED page adapter (TED renders each field with data-labels-key="field|name|BT-70-Lot" and each code with
 * data-labels-key="code|name|<codelist>.<code>"). Pure data and pure functions.
 */
import type { SectionKind } from './notice';

/** Code lists (eForms `@listName`, TED `code|name|<list>.<code>`) that carry a criterion-relevant code, by business term. */
export const CODELIST_TO_BT: Record<string, string> = {
  'strategic-procurement': 'BT-06',
  'environmental-impact': 'BT-774',
  'social-objective': 'BT-775',
  'innovative-acquisition': 'BT-776',
  'gpp-criteria': 'BT-805',
  accessibility: 'BT-754',
  'award-criterion-type': 'BT-539',
  'reserved-procurement': 'BT-71',
  'reserved-execution': 'BT-736',
  'cvd-scope': 'BT-717',
  'cvd-contract-type': 'BT-735',
  'vehicle-category': 'BT-723',
  vehicles: 'OPT-155',
  'eed-scope': 'eed-scope',
  'energy-efficiency-item': 'energy-efficiency-item',
  'energy-efficiency-basis': 'energy-efficiency-basis',
  'energy-efficiency-label': 'energy-efficiency-label',
};

/** Free-text business terms and the kind of passage they are. Anything else found in a notice is "other". */
export const TEXT_BT_KIND: Record<string, SectionKind> = {
  'BT-21': 'title', // title (procedure, lot)
  'BT-24': 'description', // description (procedure, lot)
  'BT-300': 'other', // additional information
  'BT-750': 'selection', // selection criterion description
  'BT-40': 'selection', // selection criteria second stage
  'BT-734': 'award', // award criterion name
  'BT-540': 'award', // award criterion description
  'BT-543': 'award', // award criteria complicated
  'BT-733': 'award', // award criteria order justification
  'BT-70': 'performance', // conditions of performance of the contract
  'BT-777': 'strategic', // strategic procurement description
  'BT-755': 'strategic', // accessibility justification
  'BT-500': 'boilerplate', // organisation name
  'BT-510': 'boilerplate', // street
  'BT-513': 'boilerplate', // town
  'BT-739': 'boilerplate', // fax
  'BT-503': 'boilerplate', // telephone
  'BT-506': 'boilerplate', // e-mail
  'BT-505': 'boilerplate', // internet address
};

/** "field|name|BT-70-Lot" → { bt: "BT-70", level: "Lot" }; "business-term|name|BT-262" → { bt: "BT-262" }. */
export function parseLabelsKey(key: string): { bt: string; level?: string } | null {
  const m = /^(?:field|business-term)\|name\|((?:BT|OPT)-\d+)(?:\(([^)]*)\))?(?:-([A-Za-z]+))?/.exec(key.trim());
  if (!m?.[1]) return null;
  return m[3] ? { bt: m[1], level: m[3] } : { bt: m[1] };
}

/** "code|name|environmental-impact.clim-mitig" → { bt: "BT-774", list: "environmental-impact", value: "clim-mitig" }. */
export function parseCodeKey(key: string): { bt: string; list: string; value: string } | null {
  const m = /^code\|name\|([a-z0-9-]+)\.(.+)$/.exec(key.trim());
  if (!m?.[1] || !m[2]) return null;
  const bt = CODELIST_TO_BT[m[1]];
  return bt ? { bt, list: m[1], value: m[2] } : null;
}

export function kindOfBt(bt: string): SectionKind {
  return TEXT_BT_KIND[bt] ?? 'other';
}
