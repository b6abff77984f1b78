/**
 * Model clauses of every criterion, for the popup, the options page and exports (never the content script).
 * One import per catalogue file, in the same order as catalogue/index.ts.
 */
import type { ModelClause } from './schema';
import { clauses as digInteroperability } from './catalogue/dig-interoperability';
import { clauses as ecoLifeCycleCost } from './catalogue/eco-life-cycle-cost';
import { clauses as envCleanVehicles } from './catalogue/env-clean-vehicles';
import { clauses as envEcolabel } from './catalogue/env-ecolabel';
import { clauses as envEnergyEfficiency } from './catalogue/env-energy-efficiency';
import { clauses as envTakeBack } from './catalogue/env-take-back';
import { clauses as socAccessibility } from './catalogue/soc-accessibility';
import { clauses as socLabourRights } from './catalogue/soc-labour-rights';

export const modelClauses: ModelClause[] = [
  ...digInteroperability,
  ...ecoLifeCycleCost,
  ...envCleanVehicles,
  ...envEcolabel,
  ...envEnergyEfficiency,
  ...envTakeBack,
  ...socAccessibility,
  ...socLabourRights,
];
