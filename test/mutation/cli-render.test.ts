/**
 * One document of the command's input, parsed and rendered (src/cli/render.ts), in-process:
 * each output format, the counts the main thread keeps, `--errors` lines, `--positions`,
 * the size limit, and how a batch joins its documents. The built command is tested in
 * test/dist/, which the mutation run cannot see.
 */
import { describe, expect, it, vi } from 'vitest';

import { ndjsonLine } from '../../src/cli/record.js';
import { CSV_COLUMNS, csvHeader, renderBatch, renderTask, type RenderConfig, type Task } from '../../src/cli/render.js';
import { createSplitter, type DocumentPiece } from '../../src/corpus/splitter.js';
import { parseCorpus } from '../../src/index.js';
import { page, post, TITLE } from '../parse/live-page.js';

const DOC = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n\nMore text follows here today.\n';
const LIVE = `${page('2022-03-10 https://example.com/live/regatta', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('9:05am:', 'Crowds gather on the pier'))}\n`;
const GARBAGE = 'date 2021-13-99 javascript:void(0)\n\n~~~ ### ~~~\n';
// A date and a title but no URL: warnings, no error.
const WARNED = ' date 2021-11-02\n\nHarbour "reopens", after\n\nThe harbour reopened on Friday, officials said today.\n';
const NO_HEADER = 'just some text without header\n';

// The worker thread's port, faked: src/cli/worker.ts is the same renderBatch behind a message port.
const port = vi.hoisted(() => ({ listeners: [] as ((tasks: unknown) => void)[], sent: [] as { value: unknown; transfer: unknown }[], config: { format: 'csv' } as Record<string, unknown> }));
vi.mock('node:worker_threads', () => ({
  parentPort: {
    on: (event: string, listener: (tasks: unknown) => void) => (event === 'message' ? port.listeners.push(listener) : undefined),
    postMessage: (value: unknown, transfer: unknown) => port.sent.push({ value, transfer }),
  },
  workerData: port.config,
}));

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
const config = (changes: Partial<RenderConfig>): RenderConfig => ({ ...CONFIG, ...changes });

function piecesOf(text: string): DocumentPiece[] {
  const pieces: DocumentPiece[] = [];
  const splitter = createSplitter((p) => pieces.push(p));
  splitter.feed(text);
  splitter.end();
  return pieces;
}

/** The tasks of a dump, as the command reads them from `source`. */
function tasksOf(text: string, source = 'dir/d.txt'): Task[] {
  return piecesOf(text).map((piece, index) => ({ seq: index + 10, source, id: null, meta: null, index, piece, invalid: null }));
}
function one(text: string, source?: string): Task {
  const [task] = tasksOf(text, source);
  if (task === undefined) throw new Error('no task');
  return task;
}
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
/** The cells of one CSV row (quoted cells unquoted), its line end dropped. */
function csvCells(row: string): string[] {
  expect(row.endsWith('\n')).toBe(true);
  return [...row.slice(0, -1).matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell = '']) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
}
const parsedLine = (out: string): Record<string, unknown> => JSON.parse(out) as Record<string, unknown>;

describe('renderTask', () => {
  it('writes the ndjson record of a document, and what the main thread counts', () => {
    const task = one(DOC);
    const r = renderTask(task, CONFIG);
    const [expected] = parseCorpus(DOC);
    expect(r).toEqual({
      seq: 10,
      out: r.out,
      cells: null,
      ok: true,
      codes: [],
      worst: null,
      agreement: 'agree',
      language: 'en',
      host: 'ria.ru',
      errorLine: null,
      skipped: null,
    });
    expect(r.out.endsWith('}\n')).toBe(true);
    const article = Object.fromEntries(Object.entries(expected?.article ?? {}).filter(([key]) => key !== 'sections'));
    expect(parsedLine(r.out)).toEqual({ source: 'dir/d.txt', id: null, meta: null, index: 0, start: 0, end: DOC.length, ok: true, article, diagnostics: [] });
  });

  it('counts the worst severity: error, warning, info or none', () => {
    expect(renderTask(one(GARBAGE), CONFIG)).toMatchObject({ worst: 'error', ok: false, agreement: 'unknown', language: null, host: null });
    expect(renderTask(one(WARNED), CONFIG)).toMatchObject({ worst: 'warning', ok: true, codes: ['HEADER_URL_MISSING', 'DATELINE_MISSING'] });
    expect(renderTask(one(LIVE), CONFIG)).toMatchObject({ worst: 'info', codes: ['DATELINE_MISSING'], host: 'example.com', agreement: 'unknown' });
    expect(renderTask(one(DOC), CONFIG).worst).toBeNull();
  });

  it('keeps the fields and sections asked for', () => {
    expect(parsedLine(renderTask(one(DOC), config({ fields: ['title', 'url'] })).out)['article']).toEqual({
      title: 'Harbour reopens after repairs',
      url: 'https://ria.ru/20211102/harbour-1234567890.html',
    });
    const withSections = parsedLine(renderTask(one(DOC), config({ sections: true })).out)['article'] as Record<string, unknown>;
    expect(withSections['sections']).toEqual(parseCorpus(DOC)[0]?.article?.sections);
  });

  it('writes a JSON-lines record that holds no document as an INPUT_RECORD_INVALID error record', () => {
    const task: Task = { seq: 3, source: 'in.jsonl', id: 'n', meta: { k: 1 }, index: 5, piece: null, invalid: 'The line is not JSON.' };
    const r = renderTask(task, config({ errors: true }));
    const zero = { line: 1, column: 1, offset: 0 };
    const diagnostics = [{ code: 'INPUT_RECORD_INVALID', severity: 'error', message: 'The line is not JSON.', start: zero, end: zero }];
    expect(parsedLine(r.out)).toEqual({ source: 'in.jsonl', id: 'n', meta: { k: 1 }, index: 5, start: 0, end: 0, ok: false, article: null, diagnostics });
    expect(r).toMatchObject({ seq: 3, ok: false, worst: 'error', codes: ['INPUT_RECORD_INVALID'], agreement: null, language: null, host: null });
    expect(r.errorLine).toBe(ndjsonLine({ source: 'in.jsonl', id: 'n', index: 5, start: 0, end: 0, text: null, diagnostics }));
    const noReason = renderTask({ ...task, invalid: null }, CONFIG);
    expect((parsedLine(noReason.out)['diagnostics'] as { message: string }[])[0]?.message).toEqual(expect.any(String));
    expect(noReason.codes).toEqual(['INPUT_RECORD_INVALID']);
  });

  it('writes an --errors line for a failed record only, with its text and place', () => {
    const [, garbage] = tasksOf(`${DOC}${GARBAGE}`);
    if (garbage === undefined) throw new Error('no task');
    const r = renderTask(garbage, config({ errors: true }));
    const line = parsedLine(r.errorLine ?? 'null');
    expect(line).toMatchObject({ source: 'dir/d.txt', id: null, index: 1, start: DOC.length, end: DOC.length + GARBAGE.length, text: GARBAGE });
    expect((line['diagnostics'] as { code: string }[]).map((d) => d.code)).toEqual(r.codes);
    expect(Object.keys(line)).toEqual(['source', 'id', 'index', 'start', 'end', 'text', 'diagnostics']);
    expect(r.errorLine?.endsWith('\n')).toBe(true);
    expect(renderTask(garbage, CONFIG).errorLine).toBeNull();
    expect(renderTask(one(DOC), config({ errors: true })).errorLine).toBeNull();
  });

  it('counts positions from the document itself with --positions document', () => {
    const [, second] = tasksOf(`${DOC}${WARNED}`);
    if (second === undefined) throw new Error('no task');
    const fromSource = parsedLine(renderTask(second, CONFIG).out);
    const own = parsedLine(renderTask(second, config({ positions: 'document' })).out);
    expect(fromSource).toMatchObject({ index: 1, start: DOC.length, end: DOC.length + WARNED.length });
    expect(own).toMatchObject({ index: 0, start: 0, end: WARNED.length });
    expect(own).toEqual(parsedLine(renderTask(one(WARNED), CONFIG).out));
    const lines = DOC.split('\n').length - 1;
    const at = (r: Record<string, unknown>): unknown => (r['diagnostics'] as { start: unknown }[])[0]?.start;
    expect(at(fromSource)).toEqual({ line: lines + 1, column: 17, offset: DOC.length + 16 });
    expect(at(own)).toEqual({ line: 1, column: 17, offset: 16 });
  });

  it('counts an oversized document from itself too, with --positions document', () => {
    const [, second] = tasksOf(`${DOC}${WARNED}`);
    if (second === undefined) throw new Error('no task');
    const own = parsedLine(renderTask(second, config({ positions: 'document', maxDocumentSize: 10 })).out);
    const end = { line: WARNED.split('\n').length, column: 1, offset: WARNED.length };
    expect(own).toMatchObject({ index: 0, start: 0, end: WARNED.length, diagnostics: [{ code: 'DOCUMENT_TOO_LARGE', start: { line: 1, column: 1, offset: 0 }, end }] });
  });

  it('writes a document over --max-document-size, or one the splitter did not keep, as DOCUMENT_TOO_LARGE', () => {
    const task = one(DOC);
    expect(renderTask(task, config({ maxDocumentSize: DOC.length })).codes).toEqual([]);
    const over = renderTask(task, config({ maxDocumentSize: DOC.length - 1, errors: true }));
    expect(over).toMatchObject({ ok: false, codes: ['DOCUMENT_TOO_LARGE'] });
    expect(parsedLine(over.out)).toMatchObject({ start: 0, end: DOC.length, article: null });
    expect(parsedLine(over.errorLine ?? 'null')).toMatchObject({ text: DOC });
    const dropped = renderTask({ ...task, piece: { ...(task.piece as DocumentPiece), text: null } }, config({ errors: true }));
    expect(dropped).toMatchObject({ ok: false, codes: ['DOCUMENT_TOO_LARGE'] });
    expect(parsedLine(dropped.errorLine ?? 'null')).toMatchObject({ text: null });
  });

  it('parses with the safe repairs and the boilerplate profile asked for', () => {
    const glued = ' date 2021-11-02\n\nMOSCOW, November 2 – RIA Novosti. The talks ended.Both sides left.';
    const body = (c: RenderConfig): unknown => (parsedLine(renderTask(one(glued), c).out)['article'] as { body: unknown }).body;
    expect(body(CONFIG)).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended.Both sides left.');
    expect(body(config({ repair: 'safe' }))).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended. Both sides left.');
    const banner = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n\nSubscribe to our channel for the latest news today.\n';
    const profile = new Map([['ria.ru', new Set(['subscribe to our channel for the latest news today.'])]]);
    expect(body(config({}))).toBeDefined();
    const plain = parsedLine(renderTask(one(banner), CONFIG).out)['article'] as { body: string };
    const cleaned = parsedLine(renderTask(one(banner), config({ boilerplate: profile })).out)['article'] as { body: string };
    expect(plain.body).toContain('Subscribe to our channel');
    expect(cleaned.body).toBe('MOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.');
  });

  it('writes a json array element: the record without its line end', () => {
    const r = renderTask(one(DOC), config({ format: 'json' }));
    expect(r.out).toBe(renderTask(one(DOC), CONFIG).out.slice(0, -1));
  });

  it('writes the text cells of a document: name, date, host, title, dateline, diagnostics', () => {
    expect(renderTask(one(DOC), config({ format: 'text' }))).toMatchObject({
      out: '',
      cells: ['d.txt', '2021-11-02', 'ria.ru', 'Harbour reopens after repairs', 'MOSCOW/RIA Novosti/2021-11-02', 'diagnostics 0'],
    });
    expect(renderTask(one(GARBAGE, 'C:\\dumps\\g.txt'), config({ format: 'text' })).cells).toEqual(['g.txt', '-', '-', '(no title)', '-', 'diagnostics 6 (2 errors, 2 warnings)']);
    expect(renderTask(one(NO_HEADER, '-'), config({ format: 'text' })).cells).toEqual(['-', '-', '-', 'just some text without header', '-', 'diagnostics 3 (1 error, 1 warning)']);
    expect(renderTask(one(WARNED, 'w'), config({ format: 'text' })).cells?.[5]).toBe('diagnostics 2 (1 warning)');
    const twoWarnings = ' date 2021-11-02 https://ria.ru/x\n\n';
    expect(renderTask(one(twoWarnings), config({ format: 'text' })).cells?.slice(3)).toEqual(['(no title)', '-', 'diagnostics 3 (2 warnings)']);
    const datelineParts = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW – The harbour reopened on Friday, officials said.\n';
    expect(renderTask(one(datelineParts), config({ format: 'text' })).cells?.[4]).toBe('MOSCOW/-/-');
    expect(renderTask({ ...one(DOC), piece: null, invalid: 'x' }, config({ format: 'text' })).cells).toEqual(['d.txt', '-', '-', '(no title)', '-', 'diagnostics 1 (1 error)']);
  });

  it('cuts a long title to 60 characters, an ellipsis the last', () => {
    const titled = (title: string): string => ` date 2021-11-02\n\n${title}\n\nThe harbour reopened on Friday, officials said today.\n`;
    const cell = (title: string): string | undefined => renderTask(one(titled(title)), config({ format: 'text' })).cells?.[3];
    const sixty = 'Harbour reopens after long repairs as crew return to its bay';
    expect(sixty).toHaveLength(60);
    expect(cell(sixty)).toBe(sixty);
    expect(cell('Harbour reopens after long repairs as crews return to its bay')).toBe('Harbour reopens after long repairs as crews return to its b…');
    // The cut does not end on a blank; a character outside the BMP counts as one.
    expect(cell('Harbour reopens after long repairs, as crews return to its bay')).toBe('Harbour reopens after long repairs, as crews return to its…');
    const astral = 'Harbour reopens after long repairs as crew return to its 😀ay';
    expect(Array.from(astral)).toHaveLength(60);
    expect(cell(astral)).toBe(astral);
    expect(cell('Harbour reopens after long repairs as crews return to its 😀ay')).toBe('Harbour reopens after long repairs as crews return to its 😀…');
  });

  it('writes the csv row of a document, every column in order', () => {
    const row = renderTask(one(DOC, 'a,b.txt'), config({ format: 'csv' })).out;
    expect(row).toBe(
      [
        '"a,b.txt"', '', '0', '0', String(DOC.length), 'true', '2021-11-02', '', 'https://ria.ru/20211102/harbour-1234567890.html', 'https://ria.ru/20211102/harbour-1234567890.html',
        'Harbour reopens after repairs', '', '"MOSCOW, November 2 – RIA Novosti."', 'MOSCOW', 'RIA Novosti', '2021-11-02', 'true',
        'ria.ru', 'RIA Novosti', '1234567890', '2021-11-02', 'harbour',
        '', '[]', '', 'en', 'stopwords', '2021-11-02', '2021-11-02', '2021-11-02', '', 'agree',
        '"MOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n\nMore text follows here today."', '0', '[]',
      ].join(',') + '\n',
    );
  });

  it('writes a csv row with quotes doubled, lists as JSON, and empty fields for a record without an article', () => {
    const quoted = renderTask(one(WARNED, 'say "x"'), config({ format: 'csv' })).out;
    expect(quoted.startsWith('"say ""x""",')).toBe(true);
    expect(quoted).toContain(',"Harbour ""reopens"", after",');
    expect(csvCells(quoted)[CSV_COLUMNS.indexOf('title')]).toBe('Harbour "reopens", after');
    expect(quoted.endsWith(',"[""HEADER_URL_MISSING"",""DATELINE_MISSING""]"\n')).toBe(true);
    const cr = renderTask({ ...one(DOC), source: 'a\rb' }, config({ format: 'csv' })).out;
    expect(cr.startsWith('"a\rb",')).toBe(true);
    const invalid = renderTask({ seq: 0, source: 's', id: 7, meta: null, index: 2, piece: null, invalid: 'x' }, config({ format: 'csv' })).out;
    expect(invalid).toBe(`s,7,2,0,0,false,${',' .repeat(CSV_COLUMNS.length - 7)}"[""INPUT_RECORD_INVALID""]"\n`);
    const bare = csvCells(renderTask(one(GARBAGE), config({ format: 'csv' })).out);
    expect(bare.slice(5, 9)).toEqual(['false', '', '', '']);
    expect(bare[CSV_COLUMNS.indexOf('entries')]).toBe('0');
    expect(bare[CSV_COLUMNS.indexOf('tags')]).toBe('[]');
    expect(bare[CSV_COLUMNS.indexOf('dates_agreement')]).toBe('unknown');
  });

  it('writes the csv row of a live page with its entry count, tags and published time', () => {
    const withMeta = ' date 2021-11-09 https://ria.ru/20211109/paromy-1758300412.html\n\nTwo new ferries will link the islands of the lake by spring\n\n2021-11-09T10:41\n\nferries\n\ntransport\n\nPETROZAVODSK, November 9 – RIA Novosti. The regional transport ministry has ordered two electric ferries, its press service said on Tuesday.\n';
    const row = renderTask(one(withMeta), config({ format: 'csv' })).out;
    const cells = csvCells(row);
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(cells[CSV_COLUMNS.indexOf('published')]).toBe('2021-11-09T10:41');
    expect(cells[CSV_COLUMNS.indexOf('dates_published')]).toBe('2021-11-09');
    expect(row).toContain(',"[""ferries"",""transport""]",');
    const live = csvCells(renderTask(one(LIVE), config({ format: 'csv' })).out);
    expect(live[CSV_COLUMNS.indexOf('entries')]).toBe('2');
  });

  it('writes the canonical text of a document, or says why it left it out', () => {
    const r = renderTask(one(DOC), config({ format: 'canonical' }));
    expect(r).toMatchObject({ skipped: null, cells: null });
    expect(r.out).toBe(DOC);
    expect(renderTask(one(''), config({ format: 'canonical' }))).toMatchObject({ out: '', skipped: 'NO_ARTICLE', codes: ['INPUT_EMPTY'] });
    expect(renderTask(one(NO_HEADER), config({ format: 'canonical' }))).toMatchObject({ out: '', skipped: 'NO_HEADER' });
    // The canonical header adds the blank before `date`: one code unit over a limit the input met.
    const loose = 'date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, officials said.\n';
    expect(renderTask(one(loose), config({ format: 'canonical', maxDocumentSize: loose.length }))).toMatchObject({ out: '', skipped: 'TOO_LARGE', codes: ['HEADER_SPACING', 'HEADER_URL_MISSING', 'DATELINE_MISSING'] });
    expect(renderTask(one(loose), config({ format: 'canonical', maxDocumentSize: loose.length + 1 }))).toMatchObject({ out: ` ${loose}`, skipped: null });
  });

  it('writes ninjs and dolma lines, and nothing for a document they cannot hold', () => {
    const ninjs = renderTask(one(DOC), config({ format: 'ninjs' })).out;
    expect(parsedLine(ninjs)).toMatchObject({ uri: 'https://ria.ru/20211102/harbour-1234567890.html', type: 'text' });
    expect(ninjs.endsWith('}\n')).toBe(true);
    const dolma = renderTask(one(DOC, 'x.txt'), config({ format: 'dolma' })).out;
    expect(parsedLine(dolma)).toMatchObject({ source: 'x.txt', created: '2021-11-02' });
    expect(renderTask(one(''), config({ format: 'ninjs' })).out).toBe('');
    expect(renderTask(one(GARBAGE), config({ format: 'dolma' })).out).toBe('');
    expect(renderTask(one(''), config({ format: 'dolma' }))).toMatchObject({ out: '', skipped: null, cells: null, worst: 'error' });
  });

  it('writes the entries of a live page as lines (ndjson) or array elements (json), and none for an article', () => {
    const lines = renderTask(one(LIVE), config({ entries: true })).out;
    const records = lines.split('\n');
    expect(records).toHaveLength(3);
    expect(records[2]).toBe('');
    expect(records.slice(0, 2).map((l) => (JSON.parse(l) as { entry: number }).entry)).toEqual([0, 1]);
    const json = renderTask(one(LIVE), config({ entries: true, format: 'json' })).out;
    expect(json).toBe(records.slice(0, 2).join(',\n'));
    expect(renderTask(one(DOC), config({ entries: true })).out).toBe('');
    expect(renderTask(one(DOC), config({ entries: true, format: 'json' })).out).toBe('');
  });
});

describe('renderBatch', () => {
  const dump = `${DOC}${GARBAGE}${LIVE}`;

  it('joins ndjson, csv and entry lines one after another, and the --errors lines', () => {
    const tasks = tasksOf(dump);
    for (const c of [CONFIG, config({ format: 'csv' }), config({ entries: true }), config({ format: 'dolma' })]) {
      const batch = renderBatch(tasks, { ...c, errors: true });
      expect(decode(batch.out)).toBe(tasks.map((t) => renderTask(t, c).out).join(''));
    }
    const batch = renderBatch(tasks, config({ errors: true }));
    expect(decode(batch.errors)).toBe(renderTask(tasks[1] as Task, config({ errors: true })).errorLine);
    expect(batch.counted).toEqual(tasks.map((t) => Object.fromEntries(Object.entries(renderTask(t, config({ errors: true }))).filter(([key]) => key !== 'out' && key !== 'errorLine'))));
    expect(batch.counted[0]).not.toHaveProperty('out');
    expect(batch.counted[0]).not.toHaveProperty('errorLine');
  });

  it('joins two failed records\u2019 --errors lines', () => {
    const tasks = tasksOf(`${GARBAGE}\n${GARBAGE}`);
    expect(tasks).toHaveLength(2);
    const errors = decode(renderBatch(tasks, config({ errors: true })).errors).split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.slice(0, 2).map((l) => (JSON.parse(l) as { index: number }).index)).toEqual([0, 1]);
  });

  it('joins json elements by a comma and a line end, leaving out a document that writes none', () => {
    const tasks = tasksOf(dump);
    const records = decode(renderBatch(tasks, config({ format: 'json' })).out);
    expect(JSON.parse(`[${records}]`)).toHaveLength(3);
    expect(records.split(',\n{"source"')).toHaveLength(3);
    const entries = decode(renderBatch(tasks, config({ format: 'json', entries: true })).out);
    expect(entries.startsWith('{"source"')).toBe(true);
    expect((JSON.parse(`[${entries}]`) as unknown[]).length).toBe(2);
    const twoPages = decode(renderBatch(tasksOf(`${LIVE}${DOC}${LIVE}`), config({ format: 'json', entries: true })).out);
    expect((JSON.parse(`[${twoPages}]`) as { index: number }[]).map((e) => e.index)).toEqual([0, 0, 2, 2]);
  });

  it('joins canonical documents by a blank line, leaving out a document it cannot write', () => {
    const tasks = tasksOf(`${DOC}${GARBAGE}${DOC}`);
    expect(decode(renderBatch(tasks, config({ format: 'canonical' })).out)).toBe(`${DOC}\n${DOC}`);
    expect(renderBatch(tasks, config({ format: 'canonical' })).counted.map((c) => c.skipped)).toEqual([null, 'NO_HEADER', null]);
  });

  it('writes nothing for no tasks, and nothing for text', () => {
    expect(renderBatch([], CONFIG)).toEqual({ out: new Uint8Array(), errors: new Uint8Array(), counted: [] });
    expect(decode(renderBatch(tasksOf(dump), config({ format: 'text' })).out)).toBe('');
  });
});

describe('csvHeader', () => {
  it('names every column in order, on one line', () => {
    expect(csvHeader()).toBe(
      'source,id,index,start,end,ok,date,time,url,url_key,title,lead,dateline_raw,dateline_place,dateline_agency,dateline_date,dateline_year_inferred,' +
        'source_host,source_agency,source_article_id,source_url_date,source_slug,published,tags,image,language,language_basis,' +
        'dates_header,dates_url,dates_dateline,dates_published,dates_agreement,body,entries,diagnostics\n',
    );
  });
});

describe('the worker thread', () => {
  it('renders each batch it is sent with the config it was started with, and sends the bytes back transferred', async () => {
    Object.assign(port.config, config({ format: 'csv', errors: true }));
    await import('../../src/cli/worker.js');
    expect(port.listeners).toHaveLength(1);
    const tasks = tasksOf(`${DOC}${GARBAGE}`);
    port.listeners[0]?.(tasks);
    port.listeners[0]?.(tasks.slice(0, 1));
    const expected = renderBatch(tasks, config({ format: 'csv', errors: true }));
    expect(port.sent).toHaveLength(2);
    const [first] = port.sent as [{ value: typeof expected; transfer: ArrayBuffer[] }];
    expect(decode(first.value.out)).toBe(decode(expected.out));
    expect(decode(first.value.errors)).toBe(decode(expected.errors));
    expect(first.value.counted).toEqual(expected.counted);
    expect(first.transfer).toEqual([first.value.out.buffer, first.value.errors.buffer]);
    expect(first.transfer[0]).toBe(first.value.out.buffer);
    expect(first.transfer[1]).toBe(first.value.errors.buffer);
  });
});
