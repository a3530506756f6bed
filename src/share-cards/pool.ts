import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { ShareCardShape, ShareCardSpec } from './shapes';

/**
 * Share cards drawn on every core: a pool of worker threads (worker.ts), one a core, each with its
 * fonts and glyph masks. The main thread only hands out specs and writes the bytes it gets back.
 *
 * Astro runs integrations inside Vite's module runner, so a worker cannot load worker.ts itself:
 * `startCardPool` first bundles it with esbuild (packages stay external, resolved from the
 * project's node_modules) into a file of its own in Astro's cache folder.
 */

export interface CardRequest {
  readonly id: number;
  readonly spec: ShareCardSpec;
  readonly shape: ShareCardShape;
}
export type CardReply =
  { readonly id: number; readonly image: Uint8Array } | { readonly id: number; readonly error: string };

export interface CardPool {
  /** Draws one card; rejects if drawing it fails or its thread dies. */
  draw(spec: ShareCardSpec, shape: ShareCardShape): Promise<Buffer>;
  /** How many threads draw at once. */
  readonly size: number;
  /** Stops the threads (pending cards are rejected). */
  close(): Promise<void>;
}

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * Bundles worker.ts into `folder` (a file of this process's own, removed on close, so two builds of
 * one project do not share it) and starts `size` threads (one a core by default). `folder` must be
 * inside the project (Astro's cache folder is): the threads' packages are resolved from there.
 */
export async function startCardPool(
  projectRoot: string,
  folder: string,
  size = availableParallelism(),
): Promise<CardPool> {
  const entry = join(folder, `share-card-worker-${process.pid}.mjs`);
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'silent',
  });
  const pending = new Map<
    number,
    { resolve: (image: Buffer) => void; reject: (error: Error) => void; worker: Worker }
  >();
  let nextId = 0;
  let closing = false;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(entry, { workerData: { projectRoot } });
    // An uncaught error or an early exit fails the cards this thread had, not the build's wait forever.
    const failAll = (error: Error) => {
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(id);
        job.reject(error);
      }
      holdProcess();
    };
    worker.on('message', (reply: CardReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      holdProcess();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(Buffer.from(reply.image.buffer, reply.image.byteOffset, reply.image.byteLength));
    });
    worker.on('error', (error: Error) =>
      failAll(new Error(`share card thread failed: ${error.stack ?? error.message}`)),
    );
    worker.on('exit', (code) => {
      if (!closing) failAll(new Error(`share card thread stopped (exit code ${code})`));
      alive.delete(worker);
    });
    return worker;
  });
  const alive = new Set(workers);
  // Idle threads do not keep the process alive (a build that fails before its end still exits).
  let referenced = true;
  const holdProcess = () => {
    const busy = pending.size > 0;
    if (busy === referenced) return;
    referenced = busy;
    for (const worker of workers) {
      if (busy) worker.ref();
      else worker.unref();
    }
  };
  holdProcess();
  // Least busy thread first: cards take about as long as each other, so this keeps all of them fed.
  const load = new Map(workers.map((worker) => [worker, 0]));
  return {
    size,
    draw(spec, shape) {
      const worker = closing ? undefined : [...alive].sort((a, b) => load.get(a)! - load.get(b)!)[0];
      if (!worker) return Promise.reject(new Error('share card threads have stopped'));
      const id = nextId++;
      load.set(worker, load.get(worker)! + 1);
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        holdProcess();
        worker.postMessage({ id, spec, shape } satisfies CardRequest);
      }).finally(() => load.set(worker, load.get(worker)! - 1));
    },
    async close() {
      closing = true;
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new Error('share card threads closed'));
      }
      await Promise.all(workers.map((worker) => worker.terminate()));
      rmSync(entry, { force: true });
    },
  };
}
