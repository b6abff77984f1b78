/** Messages between the content script, the background and the popup. Types only: no zod in the content script. */
import type { Report } from './report';

/** Content script → background: the audit of the page's notice (or that the page has none). */
export type ContentMessage =
  | { type: 'report'; report: Report; highlighted: number }
  | { type: 'no-notice' };

/** Popup → background. */
export type PopupMessage = { type: 'get-report'; tabId: number };
export interface GetReportResponse {
  report: Report | null;
  /** How many evidence passages the page shows highlighted. */
  highlighted: number;
}

/** Popup → content script (tabs.sendMessage): scroll the page to a criterion's evidence. */
export type TabMessage = { type: 'show-evidence'; criterion: string; index: number };

export type Message = ContentMessage | PopupMessage;
