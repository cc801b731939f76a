/**
 * Runs a build step on another thread: a worker entry (a TypeScript module that answers its `workerData` with one
 * `postMessage`) is bundled for Node with rolldown, dependencies included, and run from memory. The build's code is
 * TypeScript, which a worker thread cannot load as it is; bundling it is quick beside the work.
 */
import { rolldown } from 'rolldown';
import { Worker } from 'node:worker_threads';

export async function runInWorker<Result>(entry: string, data: unknown): Promise<Result> {
  const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const url = new URL(`data:text/javascript,${encodeURIComponent(output[0].code)}`);
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: data });
    worker.once('message', (result: Result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${entry}: the worker stopped (exit code ${code}) before answering`)));
  });
}
