/**
 * Full-text search over the library. Every query word matches as a prefix of a word of the clause ("eco lab"
 * finds "ecolabel"; words under 3 letters only whole), diacritics folded both ways. Candidates come from the
 * multiEntry word index: one key range per query word, intersected. Then they are ranked: a word in the title
 * counts more than one in the text, a whole word more than a prefix, a tag more than the text; favourites and
 * clauses used in the last 30 days come first among equals.
 *
 * Reading a clause costs far more than reading index keys, so when a query matches many clauses (a short or
 * common word) they are first ranked from the index alone (title marks, the favourite mark, the recently-used
 * index) and only the best MAX_READ are read and ranked in full.
 */
import { byPreference, listClauses, matchesFilter, type ClauseFilter } from './clauses';
import type { LibraryDb } from './db';
import { FAVOURITE_ENTRY, TITLE_MARK, queryWords, wordsOf } from './text';
import type { Clause } from './types';

export interface SearchHit {
  clause: Clause;
  score: number;
}

const DAY = 86_400_000;
const RECENT = 30 * DAY;
/** Most clauses a search reads in full. */
export const MAX_READ = 100;

const SCORE = { titleWord: 8, titlePrefix: 5, tag: 4, word: 2, prefix: 1, favourite: 3, recent: 2 } as const;

export function scoreClause(c: Clause, query: readonly string[], now = Date.now()): number {
  const title = wordsOf(c.title);
  const tags = new Set(c.tags.flatMap(wordsOf));
  let score = 0;
  for (const q of query) {
    if (title.includes(q)) score += SCORE.titleWord;
    else if (title.some((w) => w.startsWith(q))) score += SCORE.titlePrefix;
    if (tags.has(q)) score += SCORE.tag;
    score += c.words.includes(q) ? SCORE.word : SCORE.prefix;
  }
  if (c.favourite) score += SCORE.favourite;
  if (c.usedAt !== null && now - c.usedAt < RECENT) score += SCORE.recent;
  return score;
}

const range = (db: LibraryDb, w: string) =>
  w.length < 3 && !/^\d+$/.test(w) ? db.clauses.where('words').equals(w) : db.clauses.where('words').startsWith(w);

/** Ids of the clauses that have, for each query word, a word starting with it. */
async function candidates(db: LibraryDb, words: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(words.map((w) => range(db, w).primaryKeys()));
  lists.sort((a, b) => a.length - b.length); // intersect from the shortest list
  let ids = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    const next = new Set(list);
    ids = new Set([...ids].filter((id) => next.has(id)));
    if (ids.size === 0) break;
  }
  return [...ids];
}

/** The maxRead most promising of many candidates, ranked from index keys only. */
async function mostPromising(db: LibraryDb, ids: readonly string[], words: readonly string[], now: number, maxRead: number): Promise<string[]> {
  const [titleLists, favourites, recent] = await Promise.all([
    Promise.all(words.map((w) => db.clauses.where('words').startsWith(TITLE_MARK + w).primaryKeys())),
    db.clauses.where('words').equals(FAVOURITE_ENTRY).primaryKeys(),
    db.clauses.where('usedAt').above(now - RECENT).primaryKeys(),
  ]);
  const pre = new Map<string, number>(ids.map((id) => [id, 0]));
  const add = (keys: readonly string[], points: number) => {
    for (const k of new Set(keys)) {
      const s = pre.get(k);
      if (s !== undefined) pre.set(k, s + points);
    }
  };
  for (const list of titleLists) add(list, SCORE.titlePrefix);
  add(favourites, SCORE.favourite);
  add(recent, SCORE.recent);
  return [...pre.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxRead)
    .map(([id]) => id);
}

export async function searchClauses(
  db: LibraryDb,
  query: string,
  filter: ClauseFilter = {},
  {
    limit = 50,
    now = Date.now(),
    maxRead = MAX_READ,
  }: {
    limit?: number;
    now?: number;
    /** Most clauses read in full (Infinity: every match, for a complete list such as the options page's). */
    maxRead?: number;
  } = {},
): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) {
    return (await listClauses(db, filter)).slice(0, limit).map((clause) => ({ clause, score: 0 }));
  }
  let ids = await candidates(db, words);
  if (ids.length === 0) return [];
  if (ids.length > maxRead) ids = await mostPromising(db, ids, words, now, maxRead);
  const rows = await db.clauses.bulkGet(ids);
  const hits: SearchHit[] = [];
  for (const c of rows) {
    if (c && matchesFilter(c, filter)) hits.push({ clause: c, score: scoreClause(c, words, now) });
  }
  hits.sort((a, b) => b.score - a.score || byPreference(a.clause, b.clause));
  return hits.slice(0, limit);
}
