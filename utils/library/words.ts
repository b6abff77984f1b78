/** A clause record's derived fields, recomputed on every write, and a new record's starting state. */
import { indexWords } from './text';
import type { Clause } from './types';

/** A deleted clause leaves the search index (its words are emptied) until it is restored. */
export function withWords<T extends Omit<Clause, 'words'>>(clause: T): T & { words: string[] } {
  const words =
    clause.deletedAt === null ? indexWords(clause.title, [clause.text, clause.tags.join(' '), clause.source], clause.favourite) : [];
  return { ...clause, words };
}

/** What a new clause record is made of by its maker (createClause, the catalogue sync). */
export type NewClauseFields = Pick<Clause, 'id' | 'origin' | 'criteria' | 'stage' | 'lang' | 'title' | 'text' | 'source'> &
  Partial<Pick<Clause, 'tags' | 'favourite' | 'groups' | 'catalogue'>>;

/** A new clause record: the given fields, and the state of a clause never used, edited or deleted. */
export function newClauseRecord(fields: NewClauseFields, now: number): Clause {
  return withWords({
    tags: [],
    favourite: false,
    groups: [],
    catalogue: null,
    ...fields,
    createdAt: now,
    updatedAt: now,
    usedAt: null,
    useCount: 0,
    deletedAt: null,
    edited: false,
    newerCatalogue: null,
  });
}
