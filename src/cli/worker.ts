/**
 * A worker thread of `newsdoc --jobs N`: parses and renders the tasks it is sent, in the
 * order sent, and sends each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderTask, type RenderConfig, type Task } from './render.js';

const config = workerData as RenderConfig;
parentPort?.on('message', (tasks: Task[]) => {
  parentPort?.postMessage(tasks.map((task) => renderTask(task, config)));
});
