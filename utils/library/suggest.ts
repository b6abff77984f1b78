/**
 * Clauses for the popup's missing criteria: in the notice's language (else the first of the user's languages
 * that has one), for the stage being written (clauses for any stage always fit), for what the notice buys (a
 * clause written for other product groups is left out: no ENERGY STAR clause for road lighting), favourites and
 * recently used first, then the clauses written for the notice's own groups.
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
  /** The notice's product groups for a criterion (the report's: those that make it apply); empty or absent: unknown. */
  groupsFor?: (criterion: string) => readonly string[];
}

export async function suggestClauses(db: LibraryDb, criteria: readonly string[], opts: SuggestOptions): Promise<Map<string, Clause[]>> {
  const out = new Map<string, Clause[]>(criteria.map((id) => [id, []]));
  if (criteria.length === 0) return out;
  const rows = await db.clauses.where('criteria').anyOf([...criteria]).distinct().toArray();
  const languages = [...new Set([baseLanguage(opts.lang), ...opts.fallbackLanguages.map(baseLanguage)])].filter(
    (l) => l && l !== 'und',
  );
  for (const id of criteria) {
    const groups = opts.groupsFor?.(id) ?? [];
    const forGroups = (c: Clause) => groups.length === 0 || !c.groups?.length || c.groups.some((g) => groups.includes(g));
    const fits = rows.filter(
      (c) => c.deletedAt === null && c.criteria.includes(id) && (opts.stage === null || c.stage === null || c.stage === opts.stage) && forGroups(c),
    );
    const lang = languages.find((l) => fits.some((c) => c.lang === l));
    if (!lang) continue;
    // written for the notice's groups first when they are known; when they are not, clauses for any purchase first
    const rank = (c: Clause) => (c.groups?.length ? (groups.length ? 0 : 1) : groups.length ? 1 : 0);
    const order = (a: Clause, b: Clause) =>
      Number(b.favourite) - Number(a.favourite) || (b.usedAt ?? 0) - (a.usedAt ?? 0) || rank(a) - rank(b) || byPreference(a, b);
    out.set(id, fits.filter((c) => c.lang === lang).sort(order).slice(0, opts.perCriterion));
  }
  return out;
}
