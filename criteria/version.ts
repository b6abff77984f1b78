/**
 * Version of the catalogue data (criteria, model clauses, product groups). Reports carry it, so that a result
 * can be traced to the catalogue that produced it. When the data change, stamp a new version:
 *   npx tsx scripts/catalogue.ts stamp YYYY.MM.DD-N
 * (criteria/catalogue.test.ts fails until then).
 */
export const CATALOGUE_VERSION = '2026.11.29-4';
/** sha256 of JSON.stringify({ criteria, modelClauses, productGroups }). */
export const CATALOGUE_HASH = 'd53d540d687438f4e36cd29d52fcc43024bb7a1c801b6daddaafa99f89595cb4';
