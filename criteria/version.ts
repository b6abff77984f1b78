/**
 * Version of the catalogue data (criteria, model clauses, product groups). Reports carry it, so that a result
 * can be traced to the catalogue that produced it. When the data change, stamp a new version:
 *   npx tsx scripts/catalogue.ts stamp YYYY.MM.DD-N
 * (criteria/catalogue.test.ts fails until then).
 */
export const CATALOGUE_VERSION = '2026.11.29-3';
/** sha256 of JSON.stringify({ criteria, modelClauses, productGroups }). */
export const CATALOGUE_HASH = 'eb8aa987469e9543f347e2d1de736374c0332714226034cb304389c2ecc82697';
