/**
 * Words of a clause for the search index: lower case, diacritics folded ("Écolabel" → "ecolabel", "Straße" →
 * "strasse"), split on anything that is not a letter or a digit (so "life-cycle" and "l’Écolabel" give their
 * words). The same folding runs on the query, so "ecolabel" finds "écolabel" and the other way round.
 */

/** Letters that NFD does not decompose but that readers type without their mark. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const LIGATURE_RE = /[ßæœøłđðþı]/g;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/** Folded words of a text, in order, repeats kept; one-letter words dropped (articles, "l’", "d’"). */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(SPLIT)
    .filter((w) => w.length > 1 || /\d/.test(w));
}

/** Longest word the index keeps: a pasted URL or a hash is not something anyone searches by prefix. */
const MAX_WORD = 40;

/**
 * Words too common to search by, in the catalogue's languages (folded). Left out of the index: they would
 * make it several times larger and match every clause.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the and or of to in for on by with as at be is are an this that its it from shall will which such per ' +
    'le la les de des du un une et ou en au aux pour par sur dans que qui est sont son sa ses ce cette il elle avec ' +
    'der die das den dem ein eine einer eines und oder zu im von mit fur auf ist sind werden wird bei ' +
    'el los las del una por para con se su sus al es'
  ).split(' '),
);

/** Index entries that are not words: a title word is also kept as "!word" (titles rank first). */
export const TITLE_MARK = '!';
/** Favourites carry this entry, so that ranking can find them without reading every clause. */
export const FAVOURITE_ENTRY = '#favourite';

const clip = (w: string) => (w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w);

/** The index entries of a clause: the words of its title, text, tags and source, each once, and its marks. */
export function indexWords(title: string, rest: readonly string[], favourite = false): string[] {
  const set = new Set<string>();
  for (const part of [title, ...rest]) for (const w of wordsOf(part)) if (!STOPWORDS.has(w)) set.add(clip(w));
  for (const w of wordsOf(title)) if (!STOPWORDS.has(w)) set.add(TITLE_MARK + clip(w));
  if (favourite) set.add(FAVOURITE_ENTRY);
  return [...set];
}

/**
 * The words of a query, each matched as a prefix (words under 3 letters only as whole words: "ai", "co");
 * repeats, prefixes of other query words and stopwords (unless the query is only stopwords) dropped.
 */
export function queryWords(query: string): string[] {
  const all = [...new Set(wordsOf(query).map(clip))];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  const words = meaningful.length > 0 ? meaningful : all;
  return words.filter((w) => !words.some((other) => other !== w && other.startsWith(w)));
}
