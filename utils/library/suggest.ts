/**
 * Clauses for the popup's missing criteria: in the notice's language (else the first of the user's languages
 * that has one), for the stage being written (clauses for any stage always fit), favourites and recently used
 * first.
 */
import { baseLanguage, byPreference } from './clauses';
import type { LibraryDb } from './db';
import type { Clause, Stage } from './types';

export interface SuggestOptions {
  /** The notice's language ("fr", "fr-BE", "und"). */
  lang: string;
  /** The user's languages, in order: used when no clause exists in the notice's language. */
  fallbackLanguages: readonly string[];
  stage: Stage | null;
  /** Most clauses per criterion. */
  perCriterion: number;
}

export async function suggestClauses(db: LibraryDb, criteria: readonly string[], opts: SuggestOptions): Promise<Map<string, Clause[]>> {
  const out = new Map<string, Clause[]>(criteria.map((id) => [id, []]));
  if (criteria.length === 0) return out;
  const rows = await db.clauses.where('criteria').anyOf([...criteria]).distinct().toArray();
  const languages = [...new Set([baseLanguage(opts.lang), ...opts.fallbackLanguages.map(baseLanguage)])].filter(
    (l) => l && l !== 'und',
  );
  for (const id of criteria) {
    const fits = rows.filter((c) => c.deletedAt === null && c.criteria.includes(id) && (opts.stage === null || c.stage === null || c.stage === opts.stage));
    const lang = languages.find((l) => fits.some((c) => c.lang === l));
    if (!lang) continue;
    out.set(id, fits.filter((c) => c.lang === lang).sort(byPreference).slice(0, opts.perCriterion));
  }
  return out;
}
