/**
 * Declarations that speak for a whole pillar rather than one criterion: eForms BT-06 "strategic procurement"
 * (env-imp, soc-obj) and the OCDS sustainability goals "environmental" and "social". A notice that declares one
 * and has no requirement of a criterion of that pillar in its text gets that criterion as "uncertain", with the
 * declaration (and its BT-777 description) shown as weak evidence: the requirement may sit in the procurement
 * documents, and a reviewer should look there (criteria.md, "Notes for the checks").
 */
import type { FieldRule, Pillar } from './schema';

export const pillarDeclarations: { pillar: Pillar; rule: FieldRule }[] = [
  { pillar: 'environment', rule: { bt: 'BT-06', values: ['env-imp'], effect: 'weak', label: 'Strategic procurement declared: reduction of environmental impacts (BT-06)' } },
  { pillar: 'social', rule: { bt: 'BT-06', values: ['soc-obj'], effect: 'weak', label: 'Strategic procurement declared: social objectives (BT-06)' } },
  { pillar: 'environment', rule: { bt: 'OCDS-goal', values: ['environmental'], effect: 'weak', label: 'Environmental sustainability goal declared (OCDS)' } },
  { pillar: 'social', rule: { bt: 'OCDS-goal', values: ['social'], effect: 'weak', label: 'Social sustainability goal declared (OCDS)' } },
];
