/**
 * Chromium's own trace of a page load, read for two questions the page cannot answer from inside: how long was
 * each task on the page's main thread (the Long Tasks API only reports tasks over 50 ms), and how much of that
 * thread's time went into the content script's code. Recorded over the DevTools protocol with the categories
 * DevTools' performance panel uses, without V8's own (costly) ones.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number; // µs
  dur?: number; // µs, complete ('X') events only: wall-clock
  tdur?: number; // µs, the thread's CPU time over the same event (absent on some events)
  pid: number;
  tid: number;
  args?: { data?: { url?: string; [k: string]: unknown }; name?: string; [k: string]: unknown };
}

const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', '__metadata'];

/** Starts recording; `stop()` ends it and returns every event. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

/** The thread a User Timing mark was made on: the page's main thread (marks from either world land there). */
export function markOf(events: TraceEvent[], name: string): TraceEvent | undefined {
  return events.find((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'));
}

const onThread = (events: TraceEvent[], at: TraceEvent) => events.filter((e) => e.pid === at.pid && e.tid === at.tid);
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** The thread's tasks (the event loop's units of work: what the Long Tasks API times), in order. */
export function tasksOn(events: TraceEvent[], at: TraceEvent): TraceEvent[] {
  return onThread(events, at)
    .filter((e) => e.name === 'RunTask' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
}

/**
 * The content script's own JS on the thread: the outermost events that name its file (its evaluation, which
 * includes the compile and the call of main(); later calls of its functions by timers, observers or events).
 */
export function scriptEventsOn(events: TraceEvent[], at: TraceEvent, scriptUrl: string): TraceEvent[] {
  const named = onThread(events, at)
    .filter((e) => e.ph === 'X' && e.args?.data?.url === scriptUrl)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  for (const e of named) {
    const last = outer[outer.length - 1];
    if (last && e.ts >= last.ts && end(e) <= end(last)) continue; // nested in the one before (v8.compile in EvaluateScript)
    outer.push(e);
  }
  return outer;
}

/** The tasks that overlap [from, to] (µs). */
export function tasksOverlapping(tasks: TraceEvent[], from: number, to: number): TraceEvent[] {
  return tasks.filter((t) => end(t) >= from && t.ts <= to);
}

export const ms = (us: number) => us / 1000;

/** CPU time of an event, its wall-clock time where the trace has no thread time (µs). */
export const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
