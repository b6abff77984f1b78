/** A worker thread of the batch command line: audits the inputs it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { processInput, type ProcessOptions } from './process-input';
import type { Input } from './inputs';

const options = workerData as ProcessOptions;
// The catalogue is compiled when process-input is imported: say so, so that a benchmark can start its clock after.
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (job: { id: number; input: Input }) => {
  parentPort!.postMessage({ id: job.id, result: processInput(job.input, options) });
});
