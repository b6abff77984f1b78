/**
 * Long work on the portal's main thread, cut into slices. The work is a generator that yields between small pieces
 * (a few dozen text nodes, one field of a notice); the driver runs pieces until the slice has lasted `budgetMs`,
 * then gives the page its turn (input, rendering, its own scripts) before the next slice. A notice of 10 MB is
 * then read in a few hundred slices of a few milliseconds each instead of one task of a third of a second, during
 * which the page could not answer a click (issue #7). The same generators run to the end at once where nothing is
 * waiting (the adapters' `extract`, unit tests).
 */

/** Work that yields between pieces and returns T at the end. */
export type Steps<T> = Generator<void, T, void>;

export interface Slicing {
  /** How long a slice may run before the page gets its turn (ms). */
  budgetMs: number;
  now(): number;
  /** Resolves when the page has had its turn. */
  pause(): Promise<void>;
}

/** Runs the work to its end in one go. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs the work in slices of at most about `slicing.budgetMs` (plus one piece); `undefined` when `signal` is
 * aborted between slices (the work is then dropped: a newer run replaces it).
 */
export async function runInSlices<T>(steps: Steps<T>, slicing: Slicing, signal?: AbortSignal): Promise<T | undefined> {
  let sliceStart = slicing.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (slicing.now() - sliceStart >= slicing.budgetMs) {
      await slicing.pause();
      if (signal?.aborted) {
        steps.return(undefined as never);
        return undefined;
      }
      sliceStart = slicing.now();
    }
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * The page's turn: `scheduler.yield()` where the browser has it (the rest of our work then goes before other
 * timers, but after input and rendering), else a message to ourselves (not setTimeout, which browsers hold back
 * by 4 ms after a few nested calls: a few hundred slices would wait a second and more for nothing).
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Slices of the page's main thread: 8 ms leaves a frame's time to the page at 60 Hz and to input. */
export const pageSlicing: Slicing = { budgetMs: 8, now: () => performance.now(), pause: yieldToPage };
