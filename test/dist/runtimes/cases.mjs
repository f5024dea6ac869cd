// Runs the cases of test/dist/runtimes.mjs against a loaded newsdoc package and gives each
// result as its JSON text. The same module runs in Node, Deno, Bun and Chromium, so it uses
// only the language and web-standard globals: no Node built-ins, no runtime's own APIs.
/* global TextEncoder, ReadableStream */

/** Bytes per chunk of a streamed case: small and odd, so chunks split UTF-8 characters and line ends. */
const STREAM_CHUNK_BYTES = 7;

/**
 * @param {Record<string, any>} api - The newsdoc package.
 * @param {{ name: string, entry: 'parseArticle' | 'parseCorpus', text: string, options?: object }[]} cases
 *   - What to parse and with which entry and options (chosen in Node from the fixture's name).
 * @returns {Promise<{ name: string, json: string }[]>} A result per case, and for each corpus
 *   case a second one: the same text through `CorpusTransformStream` as UTF-8 bytes in chunks.
 */
export async function runCases(api, cases) {
  const results = [];
  for (const { name, entry, text, options } of cases) {
    results.push({ name, json: JSON.stringify(api[entry](text, options)) });
    if (entry === 'parseCorpus') results.push({ name: `${name} (stream)`, json: JSON.stringify(await streamed(api, text, options)) });
  }
  return results;
}

async function streamed(api, text, options) {
  const bytes = new TextEncoder().encode(text);
  const chunks = [];
  for (let at = 0; at < bytes.length; at += STREAM_CHUNK_BYTES) chunks.push(bytes.subarray(at, at + STREAM_CHUNK_BYTES));
  const input = new ReadableStream({
    pull(controller) {
      const chunk = chunks.shift();
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const reader = input.pipeThrough(new api.CorpusTransformStream(options)).getReader();
  const records = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) records.push(read.value);
  return records;
}
