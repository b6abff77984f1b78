/**
 * Benchmarks of the clause library (issue #5), for bench/run.ts: `libraryMeasures()`.
 * - search over 10,000 clauses, median ms: Dexie over fake-indexeddb in Node (an in-memory IndexedDB written
 *   in JavaScript: slower per request than a browser's, so an upper bound, not the browser's number);
 * - the popup's first render with a report: the real App rendered into a happy-dom document, its messages and
 *   library answered at once, timed until the report's rows are in the document (and, in the note, until the
 *   suggested clauses are).
 * Run alone: `npx tsx bench/library.ts`.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { modelClauses } from '../criteria/clauses';
import { criteria } from '../criteria/catalogue/index';
import { syncCatalogue } from '../utils/library/catalogue-sync';
import { LibraryDb } from '../utils/library/db';
import { searchClauses } from '../utils/library/search';
import type { Clause } from '../utils/library/types';
import { withWords } from '../utils/library/words';
import type { Report } from '../utils/report';
import type { Measure } from './measure';


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let dbCount = 0;
const freshDb = () => new LibraryDb(`bench-library-${++dbCount}`, { indexedDB: new IDBFactory(), IDBKeyRange });

/** The catalogue's clauses, then variants of them as user clauses (titles and tags varied) up to `n`. */
async function libraryOf(n: number): Promise<LibraryDb> {
  const db = freshDb();
  await syncCatalogue(db, modelClauses, 'bench');
  const base = await db.clauses.toArray();
  const tags = ['it', 'catering', 'cleaning', 'works', 'fleet', 'framework', 'lot 2', 'social value'];
  const rows: Clause[] = [];
  for (let i = 0; base.length + rows.length < n; i++) {
    const c = base[i % base.length]!;
    rows.push(
      withWords({ ...c, id: `user-${i}`, origin: 'user', title: `${c.title} (variant ${i})`, tags: [tags[i % tags.length]!], catalogue: null, favourite: i % 97 === 0 }),
    );
  }
  await db.clauses.bulkAdd(rows);
  return db;
}

/** What people type: whole words, word beginnings, accents or not, two words, a number, a common word. */
const QUERIES = ['ecolabel', 'energy effic', 'accessib', 'écolabel européen', 'iso 14001', 'données personnelles', 'recycled packaging', 'contract', 'carbon', 'fair pay', 'barrierefrei', 'etiqueta'];

async function searchMedian(): Promise<{ ms: number; clauses: number }> {
  const db = await libraryOf(10_000);
  const clauses = await db.clauses.count();
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      await searchClauses(db, q, {}, { limit: 20 });
      if (round > 0) times.push(performance.now() - t0); // round 0 warms up
    }
  }
  db.close();
  return { ms: median(times), clauses };
}

/** A report of every criterion of the catalogue, as a notice missing most of them would give. */
function sampleReport(): Report {
  const outcomes = ['missing', 'missing', 'present', 'uncertain', 'missing', 'not-applicable'] as const;
  const results = criteria.map((c, i) => {
    const outcome = outcomes[i % outcomes.length]!;
    const text = `The contractor shall meet the requirement on ${c.name.en.toLowerCase()} throughout the contract.`;
    return {
      id: c.id,
      outcome,
      evidence: outcome === 'present' ? [{ text, start: 0, end: text.length, section: 'II.2.4', kind: 'text' as const, strength: 'strong' as const }] : [],
      groups: [],
      ...(outcome === 'uncertain' && { reason: 'Only mentioned in the description of what is bought.' }),
    };
  });
  const counts = { present: 0, missing: 0, uncertain: 0, 'not-applicable': 0 };
  for (const r of results) counts[r.outcome]++;
  return {
    engineVersion: '0.0.0',
    catalogueVersion: 'bench',
    notice: { format: 'ted-html', title: 'Provision of IT services', language: 'en', cpv: ['72000000'] },
    groups: ['software-digital'],
    results,
    counts,
  };
}

/** Installs a happy-dom window as the globals Preact and the popup use; returns the undo. */
async function domGlobals(): Promise<{ document: Document; restore: () => void }> {
  const { Window } = await import('happy-dom');
  const window = new Window({ url: 'chrome-extension://bench/popup.html?tab=7' });
  const g = globalThis as Record<string, unknown>;
  const names = ['window', 'document', 'navigator', 'location', 'Node', 'Element', 'HTMLElement', 'SVGElement', 'Event', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'chrome', 'browser'];
  const saved = new Map(names.map((n) => [n, Object.getOwnPropertyDescriptor(g, n)]));
  const w = window as unknown as Record<string, unknown>;
  for (const n of names.slice(0, 12)) Object.defineProperty(g, n, { value: w[n], configurable: true, writable: true });
  return {
    document: window.document as unknown as Document,
    restore: () => {
      for (const [n, d] of saved) {
        if (d) Object.defineProperty(g, n, d);
        else delete g[n];
      }
      void window.happyDOM.close();
    },
  };
}

async function popupFirstRender(): Promise<{ report: number; clauses: number; cold: number }> {
  const { document, restore } = await domGlobals();
  try {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const report = sampleReport();
    fakeBrowser.runtime.sendMessage = (async () => ({ report, highlighted: 3 })) as never;
    (globalThis as Record<string, unknown>).chrome = fakeBrowser; // what wxt/browser reads
    const { render, h } = await import('preact');
    const { App } = await import('../entrypoints/popup/App');
    const db = freshDb();
    await syncCatalogue(db, modelClauses, 'bench');
    const opened = { ok: true as const, db };

    const reportTimes: number[] = [];
    const clauseTimes: number[] = [];
    let cold = 0;
    for (let run = 0; run < 8; run++) {
      const root = document.createElement('div');
      document.body.append(root);
      const t0 = performance.now();
      render(h(App, { catalogue: criteria, portals: [], search: '?tab=7', language: 'en-GB', openLibrary: () => Promise.resolve(opened) }), root);
      const until = async (selector: string) => {
        while (!root.querySelector(selector)) await new Promise((r) => setTimeout(r, 0));
        return performance.now() - t0;
      };
      const shown = await until('[data-testid^="criterion-"]');
      const withClauses = await until('[data-testid^="clause-"]');
      if (run === 0) cold = shown;
      else {
        reportTimes.push(shown);
        clauseTimes.push(withClauses);
      }
      render(null, root);
      root.remove();
    }
    db.close();
    // Preact's hooks schedule a last frame callback (a 100 ms timeout fallback): let it run before the DOM goes.
    await new Promise((r) => setTimeout(r, 150));
    return { report: median(reportTimes), clauses: median(clauseTimes), cold };
  } finally {
    restore();
  }
}

export async function libraryMeasures(): Promise<Record<string, Measure>> {
  const search = await searchMedian();
  const popup = await popupFirstRender();
  return {
    'library.search_10k_clauses_median': {
      value: Number(search.ms.toFixed(2)),
      unit: 'ms',
      target: 30,
      lowerIsBetter: true,
      note: `median of ${QUERIES.length} queries × 4 rounds over ${search.clauses} clauses; Dexie on fake-indexeddb in Node (a JavaScript IndexedDB), not a browser`,
    },
    'library.popup_first_render_with_report': {
      value: Number(popup.report.toFixed(1)),
      unit: 'ms',
      target: 150,
      lowerIsBetter: true,
      note: `median of 7 renders of the real popup App in happy-dom (the first, cold one: ${popup.cold.toFixed(1)} ms), ${criteria.length} criteria, background answered at once; suggested clauses shown at ${popup.clauses.toFixed(1)} ms (library on fake-indexeddb); no browser layout or paint`,
    },
  };
}

// `npx tsx bench/library.ts`: the two measures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  libraryMeasures().then((m) => console.log(JSON.stringify(m, null, 2)));
}
