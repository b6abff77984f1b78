/**
 * Which product groups a notice's CPV codes select, and whether a criterion applies to the notice.
 * A code selects the group whose prefix is the longest prefix of the code (product-groups.md). A code that
 * is broader than every prefix (30200000 "Computer equipment and supplies" against 3021/3023) selects the
 * groups it contains when it is at least a CPV group (3 significant digits); a bare division (45000000
 * "Construction work") is too broad to decide on its own and only makes a criterion "uncertain".
 */
import type { Applicability, Pillar, ProductGroup } from '../criteria/schema';
import type { Notice } from './notice';

export interface GroupIndex {
  groups: ReadonlyMap<string, ProductGroup>;
  /** prefix → group id */
  byPrefix: ReadonlyMap<string, string>;
}

export function indexGroups(groups: readonly ProductGroup[]): GroupIndex {
  const byPrefix = new Map<string, string>();
  for (const g of groups) for (const p of g.cpvPrefixes) byPrefix.set(p, g.id);
  return { groups: new Map(groups.map((g) => [g.id, g])), byPrefix };
}

export interface NoticeGroups {
  /** Groups the codes select for certain (or, without CPV codes, that the title and description name). */
  definite: string[];
  /** Where the groups come from. */
  from: 'cpv' | 'text' | 'none';
  /** Groups that a broad code (a CPV division) might cover, with the code: used only when nothing is definite. */
  broad: { group: string; cpv: string }[];
}

export function groupsOfNotice(cpvs: readonly string[], index: GroupIndex): NoticeGroups {
  const definite = new Set<string>();
  const broad: { group: string; cpv: string }[] = [];
  for (const code of cpvs) {
    let found: string | undefined;
    for (let len = Math.min(7, code.length); len >= 2 && !found; len--) found = index.byPrefix.get(code.slice(0, len));
    if (found) {
      definite.add(found);
      continue;
    }
    const significant = code.replace(/0+$/, '');
    const stem = significant.length >= 2 ? significant : code.slice(0, 2);
    const contained = new Set<string>();
    for (const [prefix, group] of index.byPrefix) if (prefix.startsWith(stem)) contained.add(group);
    if (stem.length >= 3) for (const g of contained) definite.add(g);
    else for (const g of contained) broad.push({ group: g, cpv: code });
  }
  return { definite: [...definite].sort(), broad, from: definite.size || broad.length ? 'cpv' : 'none' };
}

/** Without CPV codes, the groups the notice's title and description name; with them, the codes decide. */
export function groupsOf(notice: Notice, namedGroups: ReadonlySet<string>, index: GroupIndex): NoticeGroups {
  if (notice.cpv.length) return groupsOfNotice(notice.cpv, index);
  return { definite: [...namedGroups].sort(), broad: [], from: namedGroups.size ? 'text' : 'none' };
}

/** What else applicability may depend on: whether the text names the criterion's subject, which pillars are present. */
export interface ApplicabilityContext {
  subjectNamed: boolean;
  presentPillars: ReadonlySet<Pillar>;
}

export type Applies =
  | { applies: 'yes'; groups: string[] }
  | { applies: 'no' }
  | { applies: 'unknown'; reason: string; groups: string[] };

export function applicability(
  a: Applicability,
  notice: Notice,
  ng: NoticeGroups,
  index: GroupIndex,
  more: ApplicabilityContext = { subjectNamed: false, presentPillars: new Set() },
): Applies {
  if (a.all) return { applies: 'yes', groups: [] };
  if (a.subject && more.subjectNamed) return { applies: 'yes', groups: [] };
  if (a.whenPillarsPresent?.some((p) => more.presentPillars.has(p))) return { applies: 'yes', groups: [] };
  const yes = new Set<string>();
  for (const g of ng.definite) {
    if (a.groups?.includes(g)) yes.add(g);
    const kind = index.groups.get(g)?.kind;
    if (kind && a.groupKinds?.includes(kind)) yes.add(g);
  }
  const natureApplies =
    !!a.natures?.length && !!notice.contractNature &&
    (notice.contractNature === 'mixed' || a.natures.includes(notice.contractNature));
  if (yes.size || natureApplies) return { applies: 'yes', groups: [...yes].sort() };

  const names = (ids: Iterable<string>) => [...new Set(ids)].map((id) => index.groups.get(id)?.name ?? id);
  const wanted = [...(a.groups ?? [])];
  if (ng.definite.length === 0 && (a.groups?.length || a.groupKinds?.length || a.natures?.length)) {
    const broadHits = ng.broad.filter(
      (b) => a.groups?.includes(b.group) || (a.groupKinds ?? []).includes(index.groups.get(b.group)?.kind ?? 'goods'),
    );
    if (broadHits.length) {
      const codes = [...new Set(broadHits.map((b) => b.cpv))].join(', ');
      return {
        applies: 'unknown',
        groups: [...new Set(broadHits.map((b) => b.group))].sort(),
        reason: `CPV ${codes} is a whole CPV division: it may or may not cover ${names(broadHits.map((b) => b.group)).join('; ')}.`,
      };
    }
    if (notice.cpv.length === 0 && (wanted.length || a.groupKinds?.length)) {
      const natureKnown = !!a.natures?.length && !!notice.contractNature;
      if (!natureKnown) {
        const other = notice.otherClassifications?.length
          ? ` (it is classified with ${[...new Set(notice.otherClassifications.map((c) => c.scheme))].join(', ')})`
          : '';
        return {
          applies: 'unknown',
          groups: [],
          reason: `The notice has no CPV code${other} and its title and description do not say clearly what it buys, so it cannot be told whether it buys ${
            wanted.length ? names(wanted).join('; ') : 'goods'
          }.`,
        };
      }
    }
  }
  if (!a.groups?.length && !a.groupKinds?.length && a.natures?.length && !notice.contractNature) {
    return { applies: 'unknown', groups: [], reason: 'The notice does not say whether it buys supplies, services or works.' };
  }
  return { applies: 'no' };
}
