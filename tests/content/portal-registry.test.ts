/**
 * The registry of portal adapters: every example notice URL is claimed by exactly one adapter (and is a notice
 * for it), no adapter claims another's non-notice pages as notices, and each adapter's match patterns cover its
 * examples — the refined-github rule, so that adding a portal cannot silently steal another's pages.
 */
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { findPortal, portals } from '../../entrypoints/content/portals';

const claims = (url: string) =>
  portals.filter((p) => p.matches.some((m) => new MatchPattern(m).includes(url)) && p.isNotice(new URL(url))).map((p) => p.id);

describe('portal registry', () => {
  it('has ten portals with unique ids, each with examples', () => {
    expect(new Set(portals.map((p) => p.id)).size).toBe(portals.length);
    expect(portals.length).toBeGreaterThanOrEqual(10);
    for (const p of portals) {
      expect(p.examples.notices.length, p.id).toBeGreaterThan(0);
      expect(p.examples.others.length, p.id).toBeGreaterThan(0);
    }
  });

  it.each(portals.flatMap((p) => p.examples.notices.map((url) => [p.id, url] as const)))('%s notice %s is claimed by exactly it', (id, url) => {
    expect(claims(url)).toEqual([id]);
    expect(findPortal(new URL(url))?.id).toBe(id);
  });

  it.each(portals.flatMap((p) => p.examples.others.map((url) => [p.id, url] as const)))('%s page %s is nobody’s notice', (_, url) => {
    expect(claims(url)).toEqual([]);
  });
});
