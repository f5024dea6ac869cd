/**
 * A worker thread of `newsdoc --jobs N`: parses and renders the batches of tasks it is
 * sent, in the order sent, and sends each batch's result back, its bytes transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBatch, type RenderConfig, type Task } from './render.js';

const config = workerData as RenderConfig;
parentPort?.on('message', (tasks: Task[]) => {
  const batch = renderBatch(tasks, config);
  // Stryker disable next-line OptionalChaining: a message comes only through the port, so inside the listener it is there
  parentPort?.postMessage(batch, [batch.out.buffer as ArrayBuffer, batch.errors.buffer as ArrayBuffer]);
});
