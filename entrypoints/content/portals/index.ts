/**
 * The portals Tender Lens reads, in one explicit list. Adding a portal = one adapter file + its demo page +
 * a line here; the content script's `matches` are the union of the adapters' (nothing else is requested).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { austender } from './austender';
import { boamp } from './boamp';
import { canadaBuys } from './canadabuys';
import { contractsFinder } from './contracts-finder';
import { etendersIe } from './etenders-ie';
import { findATender } from './find-a-tender';
import { getsNz } from './gets-nz';
import { samGov } from './sam-gov';
import { ted } from './ted';
import { ungm } from './ungm';
import type { PortalAdapter } from './types';

export const portals: PortalAdapter[] = [ted, findATender, contractsFinder, samGov, boamp, austender, etendersIe, canadaBuys, getsNz, ungm];

/** The adapter whose match patterns cover the URL (it may still say the page is not a notice: `isNotice`). */
export function findPortal(url: URL): PortalAdapter | undefined {
  return portals.find((p) => p.matches.some((m) => new MatchPattern(m).includes(url.href)));
}
