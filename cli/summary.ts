/**
 * The end-of-batch summary: coverage per criterion, per buyer country and per CPV division. Coverage is the
 * share of applicable results that are present (present / (present + missing + uncertain)); "not applicable"
 * results count for nothing.
 */
import { CPV_DIVISIONS } from './cpv-divisions';
import type { SummaryRow } from './process-input';

interface Tally {
  notices: number;
  present: number;
  applicable: number;
}

export class Summary {
  notices = 0;
  private readonly perCriterion: { p: number; m: number; u: number; n: number }[];
  private readonly perCountry = new Map<string, Tally>();
  private readonly perDivision = new Map<string, Tally>();

  constructor(private readonly criterionIds: readonly string[]) {
    this.perCriterion = criterionIds.map(() => ({ p: 0, m: 0, u: 0, n: 0 }));
  }

  add(row: SummaryRow): void {
    this.notices++;
    let present = 0;
    let applicable = 0;
    for (let i = 0; i < row.outcomes.length && i < this.perCriterion.length; i++) {
      const o = row.outcomes[i] as 'p' | 'm' | 'u' | 'n';
      this.perCriterion[i]![o]++;
      if (o !== 'n') applicable++;
      if (o === 'p') present++;
    }
    const tally = (map: Map<string, Tally>, key: string) => {
      const t = map.get(key) ?? { notices: 0, present: 0, applicable: 0 };
      t.notices++;
      t.present += present;
      t.applicable += applicable;
      map.set(key, t);
    };
    tally(this.perCountry, row.country ?? '(unknown)');
    tally(this.perDivision, row.division ?? '(none)');
  }

  format(): string {
    const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((a / b) * 100)} %`);
    const table = (title: string, head: string[], rows: string[][]) => {
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
      return [title, line(head), ...rows.map(line), ''].join('\n');
    };
    const out: string[] = [`Summary of ${this.notices} notice${this.notices === 1 ? '' : 's'} (coverage = present / applicable)`, ''];
    out.push(
      table(
        'Per criterion',
        ['criterion', 'present', 'missing', 'uncertain', 'n/a', 'coverage'],
        this.criterionIds.map((id, i) => {
          const c = this.perCriterion[i]!;
          return [id, String(c.p), String(c.m), String(c.u), String(c.n), pct(c.p, c.p + c.m + c.u)];
        }),
      ),
    );
    const byTally = (map: Map<string, Tally>, name: (k: string) => string) =>
      [...map]
        .sort((a, b) => b[1].notices - a[1].notices || (a[0] < b[0] ? -1 : 1))
        .map(([k, t]) => [name(k), String(t.notices), pct(t.present, t.applicable)]);
    out.push(table('Per buyer country', ['country', 'notices', 'coverage'], byTally(this.perCountry, (k) => k)));
    out.push(
      table('Per CPV division (main CPV code)', ['division', 'notices', 'coverage'], byTally(this.perDivision, (k) => (CPV_DIVISIONS[k] ? `${k} ${CPV_DIVISIONS[k]}` : k))),
    );
    return out.join('\n');
  }
}
