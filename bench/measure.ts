/** One benchmark figure, as every group of `npm run bench` reports it. */
export interface Measure {
  value: number;
  unit: string;
  /** null: a diagnostic figure, printed without a target */
  target: number | null;
  /** true when a smaller value is better */
  lowerIsBetter: boolean;
  note: string;
}

/** Whether a measure meets its target (undefined for a diagnostic without one). */
export function meetsTarget(m: Measure): boolean | undefined {
  if (m.target === null) return undefined;
  return m.lowerIsBetter ? m.value <= m.target : m.value >= m.target;
}

/** The measures as a table: name, value, target, ok ("!!" when missed), note. */
export function measureTable(measures: Record<string, Measure>): string {
  const w = Math.max(...Object.keys(measures).map((k) => k.length));
  let out = `${'measure'.padEnd(w)}  ${'value'.padStart(9)}  ${'target'.padStart(8)}  ok  note\n`;
  for (const [k, m] of Object.entries(measures)) {
    const target = m.target === null ? '—' : `${m.lowerIsBetter ? '≤' : '≥'}${m.target}`;
    const ok = meetsTarget(m);
    out += `${k.padEnd(w)}  ${`${m.value} ${m.unit}`.padStart(9)}  ${target.padStart(8)}  ${ok === undefined ? '  ' : ok ? 'ok' : '!!'}  ${m.note}\n`;
  }
  return out;
}
