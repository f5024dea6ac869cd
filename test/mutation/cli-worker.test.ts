/**
 * The worker thread of `newsdoc --jobs N` (src/cli/worker.ts), loaded in-process with its
 * port faked: on a worker thread it renders each batch it is sent; loaded on the main
 * thread, where there is no parent port, it does nothing and does not fail.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderBatch, type RenderConfig, type Task } from '../../src/cli/render.js';
import { createSplitter, type DocumentPiece } from '../../src/corpus/splitter.js';

const DOC = ' date 2021-11-02 https://north-post.example/2021/11/02/harbour-reopens\n\nHarbour reopens after repairs\n\nThe harbour reopened on Tuesday, the port said.\n';
const CONFIG: RenderConfig = {
  format: 'ndjson',
  fields: undefined,
  sections: false,
  entries: false,
  repair: 'none',
  maxDocumentSize: undefined,
  errors: false,
  positions: 'source',
  boilerplate: null,
};

function tasksOf(text: string): Task[] {
  const pieces: DocumentPiece[] = [];
  const splitter = createSplitter((p) => pieces.push(p));
  splitter.feed(text);
  splitter.end();
  return pieces.map((piece, index) => ({ seq: index, source: 'd.txt', id: null, meta: null, index, piece, invalid: null }));
}

afterEach(() => {
  vi.doUnmock('node:worker_threads');
  vi.resetModules();
});

describe('the worker thread module', () => {
  it('does nothing, and does not fail, where there is no parent port', async () => {
    vi.resetModules();
    vi.doMock('node:worker_threads', () => ({ parentPort: null, workerData: null }));
    await expect(import('../../src/cli/worker.js')).resolves.toBeDefined();
  });

  it('answers each batch with its rendering under the config it was started with, the bytes transferred', async () => {
    const listeners: { event: string; listener: (tasks: Task[]) => void }[] = [];
    const sent: { value: ReturnType<typeof renderBatch>; transfer: unknown[] }[] = [];
    const config: RenderConfig = { ...CONFIG, format: 'text' };
    vi.resetModules();
    vi.doMock('node:worker_threads', () => ({
      parentPort: {
        on: (event: string, listener: (tasks: Task[]) => void) => listeners.push({ event, listener }),
        postMessage: (value: ReturnType<typeof renderBatch>, transfer: unknown[]) => sent.push({ value, transfer }),
      },
      workerData: config,
    }));
    await import('../../src/cli/worker.js');
    expect(listeners.map((l) => l.event)).toEqual(['message']);
    const tasks = tasksOf(DOC + DOC);
    listeners[0]?.listener(tasks);
    expect(sent).toHaveLength(1);
    const [answer] = sent;
    const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
    expect(decode(answer?.value.out)).toBe(decode(renderBatch(tasks, config).out));
    expect(answer?.transfer).toHaveLength(2);
    expect(answer?.transfer[0]).toBe(answer?.value.out.buffer);
    expect(answer?.transfer[1]).toBe(answer?.value.errors.buffer);
  });
});
