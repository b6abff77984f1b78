/**
 * Version of the catalogue data (criteria, model clauses, product groups). Reports carry it, so that a result
 * can be traced to the catalogue that produced it. When the data change, stamp a new version:
 *   npx tsx scripts/catalogue.ts stamp YYYY.MM.DD-N
 * (criteria/catalogue.test.ts fails until then).
 */
export const CATALOGUE_VERSION = '2026.11.29-1';
/** sha256 of JSON.stringify({ criteria, modelClauses, productGroups }). */
export const CATALOGUE_HASH = '95edfd9f9a25229d4a4b2e48e828e188476937fc6184cf32faa8222d164010dc';
