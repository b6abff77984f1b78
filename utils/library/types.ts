/** The clause library's records. Types only: the schema versions live in db.ts, the import format in transfer.ts. */
import type { Stage } from '../../criteria/schema';
import type { Outcome, Report } from '../report';

export type { Stage };
export const STAGES: readonly Stage[] = ['selection', 'specification', 'award', 'performance'];

/** "catalogue": a model clause of the catalogue (id = the catalogue's id); "user": written by the user. */
export type ClauseOrigin = 'catalogue' | 'user';

export interface ClauseContent {
  title: string;
  text: string;
  source: string;
}

export interface Clause extends ClauseContent {
  id: string;
  origin: ClauseOrigin;
  /** Criterion ids the clause answers (a model clause has one; a user clause may answer several, or none). */
  criteria: string[];
  /** The part of the tender it belongs in; null: any. */
  stage: Stage | null;
  /** ISO 639 code of the clause's language ("en", "fr"). */
  lang: string;
  /**
   * Catalogue clauses written for some product groups only (ModelClause.groups); absent or empty: any purchase
   * (user clauses, and rows stored before catalogue 2026.11.29-4, until the next catalogue sync).
   */
  groups?: string[];
  tags: string[];
  favourite: boolean;
  createdAt: number;
  updatedAt: number;
  /** Last time it was inserted or copied; null: never. */
  usedAt: number | null;
  useCount: number;
  /** Set while deleted (soft delete, so that "Undo" can bring it back); null otherwise. */
  deletedAt: number | null;
  /** A catalogue clause whose title or text the user changed: catalogue updates no longer overwrite it. */
  edited: boolean;
  /** Catalogue clauses: the catalogue's own title, text and source, as of the last catalogue sync. */
  catalogue: ClauseContent | null;
  /** Catalogue clauses the user edited: the catalogue's newer text, kept beside the user's until they choose. */
  newerCatalogue: (ClauseContent & { version: string }) | null;
  /** Derived search index (text.ts indexWords): rebuilt on every write, never exported. */
  words: string[];
}

/** What the user fills in to create a clause. */
export interface ClauseDraft extends ClauseContent {
  criteria: string[];
  stage: Stage | null;
  lang: string;
  tags: string[];
  favourite?: boolean;
}

/** Version 1 of the clauses table (kept for the upgrade step and its test). */
export interface ClauseV1 extends ClauseContent {
  id: string;
  origin: ClauseOrigin;
  criterion: string;
  stage: Stage | null;
  lang: string;
  edited: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One audited notice in the history (history.ts): what the options page lists, and the whole report, so that it
 * can be shown again as it was. One row per notice: a later audit of the same notice replaces it.
 */
export interface HistoryEntry {
  /** The notice's key (history.ts historyKey): its id where it has one, else its address. */
  id: string;
  /** When the report was shown (ms since 1970). */
  auditedAt: number;
  title: string;
  noticeId?: string;
  url?: string;
  buyer?: string;
  buyerCountry?: string;
  /** Present over applicable criteria, 0–100, as the popup shows it; null when none applies. */
  coverage: number | null;
  counts: Record<Outcome, number>;
  engineVersion: string;
  catalogueVersion: string;
  report: Report;
}
