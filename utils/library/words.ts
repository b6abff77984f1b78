/** The derived fields of a clause record, recomputed on every write. */
import { indexWords } from './text';
import type { Clause } from './types';

/** A deleted clause leaves the search index (its words are emptied) until it is restored. */
export function withWords<T extends Omit<Clause, 'words'>>(clause: T): T & { words: string[] } {
  const words =
    clause.deletedAt === null ? indexWords(clause.title, [clause.text, clause.tags.join(' '), clause.source], clause.favourite) : [];
  return { ...clause, words };
}
