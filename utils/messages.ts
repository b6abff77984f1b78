/** Messages between the content script, the background and the popup. Types only: no zod in the content script. */
import type { Notice } from './notice';
import type { Report } from './report';

/**
 * Content script → background. The content script reads the page into a Notice; the background audits it (the
 * catalogue and the engine live there, compiled once, so the content script stays small and the audit runs off
 * the portal page's main thread), stores the report and sets the badge, and answers with the report; the content
 * script highlights the evidence and says how many passages it could show.
 */
export type ContentMessage =
  /** `lang`: the language the content script shows criteria in (catalogue languages; other values mean English). */
  | { type: 'audit'; notice: Notice; lang?: string }
  | { type: 'highlighted'; count: number }
  | { type: 'no-notice' };

/** A criterion's name and one-line "why", in the language asked for: what the in-page panel shows (never clause texts). */
export interface CriterionName {
  name: string;
  why: string;
}

export type AuditResponse = { report: Report; names: Record<string, CriterionName> } | { error: string };

/**
 * In-page panel → background: show the model clauses of a criterion. The background may answer
 * `{ opened: true }` once it opens the popup (`popup.html?tab=<id>&criterion=<id>`); until then the panel
 * tells the user to open Tender Lens from the toolbar.
 */
export type PanelMessage = { type: 'open-clauses'; criterion: string };
export interface OpenClausesResponse {
  opened: boolean;
}

/** Popup → background. */
export type PopupMessage = { type: 'get-report'; tabId: number };
export interface GetReportResponse {
  report: Report | null;
  /** How many evidence passages the page shows highlighted. */
  highlighted: number;
}

/** Popup → content script (tabs.sendMessage): scroll the page to a criterion's evidence. */
export type TabMessage = { type: 'show-evidence'; criterion: string; index: number };

/**
 * Popup → content script of the tab's top frame (tabs.sendMessage, frameId 0): put a clause's plain text into the
 * field the officer last typed in or focused (entrypoints/content/insert.ts). The only way clause text reaches a
 * portal page: the content script holds none.
 */
export type InsertClauseMessage = { type: 'insert-clause'; text: string };
/** Why nothing was inserted: no field was focused, the field is gone or read-only, the editor refused the text. */
export type InsertFailure = 'no-field' | 'field-gone' | 'read-only' | 'refused' | 'error';
/** `field`: a short description of the field (its label, else its name). */
export type InsertClauseResponse = { inserted: true; field: string } | { inserted: false; reason: InsertFailure };

export type Message = ContentMessage | PanelMessage | PopupMessage;
