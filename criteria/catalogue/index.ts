/**
 * The criteria of the catalogue, sorted by id. Only each file's `criterion` is imported here: the model
 * clauses (long texts the content script never needs) are imported by ../clauses.ts, so the bundler leaves
 * them out of the content script. Add a criterion: create catalogue/<id>.ts and cases/<id>.json, import it
 * here and in ../clauses.ts, then update ../version.ts (catalogue.test.ts says how).
 */
import type { Criterion } from '../schema';
import { criterion as digInteroperability } from './dig-interoperability';
import { criterion as ecoLifeCycleCost } from './eco-life-cycle-cost';
import { criterion as envCleanVehicles } from './env-clean-vehicles';
import { criterion as envEcolabel } from './env-ecolabel';
import { criterion as envEnergyEfficiency } from './env-energy-efficiency';
import { criterion as envTakeBack } from './env-take-back';
import { criterion as socAccessibility } from './soc-accessibility';
import { criterion as socLabourRights } from './soc-labour-rights';

export const criteria: readonly Criterion[] = [
  digInteroperability,
  ecoLifeCycleCost,
  envCleanVehicles,
  envEcolabel,
  envEnergyEfficiency,
  envTakeBack,
  socAccessibility,
  socLabourRights,
] as const;
