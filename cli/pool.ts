/**
 * A pool of worker threads, each with its own compiled catalogue, taking one input at a time. Results are
 * promises, so the caller decides the order in which it writes them.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import type { InputResult, ProcessOptions } from './process-input';

interface Job {
  id: number;
  input: Input;
  resolve: (r: InputResult) => void;
  reject: (e: unknown) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private readonly workers: Worker[] = [];
  private nextId = 0;
  /** Resolves once every worker has compiled its catalogue. */
  readonly ready: Promise<void>;

  constructor(size: number, options: ProcessOptions) {
    const readies: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: options });
      this.workers.push(w);
      readies.push(
        new Promise<void>((resolve, reject) => {
          const onMessage = (m: { ready?: boolean; id?: number; result?: InputResult }) => {
            if (m.ready) {
              this.idle.push(w);
              this.pump();
              return resolve();
            }
            const job = this.busy.get(w);
            if (!job) return;
            this.busy.delete(w);
            this.idle.push(w);
            job.resolve(m.result!);
            this.pump();
          };
          w.on('message', onMessage);
          w.on('error', (e) => {
            reject(e);
            // a worker that dies takes its job with it: fail that job, never hang
            const job = this.busy.get(w);
            this.busy.delete(w);
            job?.reject(e);
          });
        }),
      );
    }
    this.ready = Promise.all(readies).then(() => undefined);
    // nobody may be awaiting `ready` yet: an early failure is seen through the jobs
    this.ready.catch(() => undefined);
  }

  run(input: Input): Promise<InputResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, input, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.waiting.length) {
      const w = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.busy.set(w, job);
      w.postMessage({ id: job.id, input: job.input });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
