/**
 * The splitter's behaviours a mutation run (issue 13) found untested by the unit tests
 * alone (the chunking properties of test/corpus/splitter.test.ts are too slow to run
 * against every mutant): which bare URL lines open a document, the opening spans, the
 * ends of each document, line ends cut between chunks, the size limit and misuse.
 */
import { describe, expect, it } from 'vitest';
import { createSplitter, type DocumentPiece } from '../../src/corpus/splitter.js';

const ONE = ' date 2021-11-02 https://ria.ru/a-1234567.html';
const TWO = ' date 2021-11-03 https://ria.ru/b-2345678.html';

function pieces(chunks: readonly string[], max?: number): DocumentPiece[] {
  const out: DocumentPiece[] = [];
  const splitter = createSplitter((p) => out.push(p), max);
  for (const chunk of chunks) splitter.feed(chunk);
  splitter.end();
  return out;
}
const starts = (text: string): number[] => pieces([text]).map((p) => p.start);

describe('which bare URL lines open a document', () => {
  const before = `${ONE}\n\nOne text here.\n\n`;

  it.each([
    ['an id in its path', 'https://ria.ru/b-2345678.html'],
    ['a date in its path', 'https://example.com/2021/11/02/story'],
  ])('opens one at a URL with %s after a blank line', (_, url) => {
    const text = `${before}${url}\n\nTwo text here.\n`;
    const out = pieces([text]);
    expect(out.map((p) => [p.start, p.opening, p.openingSpan])).toEqual([
      [0, 'canonical', [1, 5]],
      [before.length, 'url', [0, url.length]],
    ]);
  });

  it.each([
    ['no id and no date in its path', 'https://example.com/about'],
    ['an image, though its path has a date', 'https://example.com/2021/11/02/photo.jpg'],
  ])('keeps a URL with %s in the document before', (_, url) => {
    expect(starts(`${before}${url}\n\nTwo text here.\n`)).toEqual([0]);
  });

  it('opens one at a URL line that starts the input, and one after a line of blanks', () => {
    const url = 'https://ria.ru/b-2345678.html';
    expect(pieces([`${url}\n\nText.\n`]).map((p) => [p.start, p.opening, p.openingSpan])).toEqual([[0, 'url', [0, url.length]]]);
    const text = `${ONE}\n\nOne text here.\n \t\n${url}\n\nTwo.\n`;
    expect(starts(text)).toEqual([0, text.indexOf(url)]);
  });

  it('reads the URL token up to the first blank, and opens at an indented URL', () => {
    const url = 'https://ria.ru/b-2345678.html';
    const text = `${before}  ${url} and more\n\nTwo.\n`;
    expect(pieces([text]).map((p) => [p.start, p.openingSpan])).toEqual([
      [0, [1, 5]],
      [before.length, [2, 2 + url.length]],
    ]);
  });

  it('opens none at an article URL longer than a line head, fed whole or in pieces', () => {
    const url = `https://example.com/2021/11/02/${'a'.repeat(5000)}`;
    const text = `${before}${url}\n\nTwo text here.\n`;
    expect(starts(text)).toEqual([0]);
    const cut = [];
    for (let i = 0; i < text.length; i += 700) cut.push(text.slice(i, i + 700));
    expect(pieces(cut).map((p) => [p.start, p.end, p.text])).toEqual([[0, text.length, text]]);
  });

  it('still opens at a header line longer than a line head', () => {
    const long = `${TWO} ${'x'.repeat(5000)}`;
    const text = `${ONE}\n\nOne.\n${long}\n\nTwo.\n`;
    const out = pieces([text]);
    expect(out.map((p) => [p.start, p.opening, p.openingSpan])).toEqual([
      [0, 'canonical', [1, 5]],
      [text.indexOf(long), 'canonical', [1, 5]],
    ]);
    expect(out[1]?.text).toBe(`${long}\n\nTwo.\n`);
  });
});

describe('line heads and chunk edges', () => {
  const url = 'https://ria.ru/b-2345678.html';
  const before = `${ONE}\n\nOne text here.\n\n`;

  it('opens one at an article URL line of 4,095 code units, not at one of 4,096', () => {
    for (const [length, count] of [
      [4095, 2],
      [4096, 1],
    ] as const) {
      const long = `https://example.com/2021/11/02/${'a'.repeat(length - 'https://example.com/2021/11/02/'.length)}`;
      expect(long).toHaveLength(length);
      expect(starts(`${before}${long}\n\nTwo.\n`), `${length}`).toHaveLength(count);
    }
  });

  it('opens one at a line that starts with an article URL and goes on past a line head', () => {
    const text = `${before}${url} ${'word '.repeat(1000)}\n\nTwo.\n`;
    expect(starts(text)).toEqual([0, before.length]);
  });

  it('reads no header in the middle of a long line, whatever chunk it starts', () => {
    const line = `Some text ${'x'.repeat(4200)}`;
    const text = `${ONE}\n\n${line}${TWO} goes on\n\nTwo.\n`;
    const cut = text.indexOf(TWO);
    expect(pieces([text.slice(0, cut), text.slice(cut)]).map((p) => [p.start, p.end])).toEqual([[0, text.length]]);
  });

  it('keeps counting a long line fed in chunks, so the next document starts where it does', () => {
    const long = `https://example.com/2021/11/02/${'a'.repeat(5000)}`;
    const text = `${before}${long}\n\n${TWO}\n\nTwo.\n`;
    const chunks = [];
    for (let i = 0; i < text.length; i += 700) chunks.push(text.slice(i, i + 700));
    const out = pieces(chunks);
    expect(out.map((p) => [p.start, p.line, p.openingSpan])).toEqual([
      [0, 1, [1, 5]],
      [text.indexOf(TWO), 7, [1, 5]],
    ]);
    expect(out).toEqual(pieces([text]));
  });

  it('keeps a bare http URL that is no URL at all in the document before', () => {
    expect(starts(`${before}http://[oops/a-1234567.html\n\nTwo.\n`)).toEqual([0]);
  });

  it('opens one at a bare article URL on the last line, with no line end after it', () => {
    const text = `${before}${url}`;
    expect(pieces([text]).map((p) => [p.start, p.end, p.opening])).toEqual([
      [0, before.length, 'canonical'],
      [before.length, text.length, 'url'],
    ]);
  });

  it('reads a header on the last line fed as its own chunk, blank lines in the chunk before', () => {
    for (const chunks of [
      ['One.\n\n', `\n${TWO}`],
      ['One.\n\n', TWO],
      ['One.\n\n\n', ` date 2021`, `-11-03`],
    ]) {
      const text = chunks.join('');
      const out = pieces(chunks);
      expect(out, JSON.stringify(chunks)).toEqual(pieces([text]));
      expect(out.map((p) => p.text)).toEqual([text.slice(0, text.indexOf(' date')), text.slice(text.indexOf(' date'))]);
    }
  });

  it('cuts each document from the chunk it lies in, the next one begun there too', () => {
    const docs = [`${ONE}\n\nOne.\n`, `${TWO}\n\nTwo.\n`, ' date 2021-11-04\n\nThree.\n'];
    const text = docs.join('');
    const chunks = [docs[0] as string, (docs[1] as string) + (docs[2] as string).slice(0, 5), (docs[2] as string).slice(5)];
    expect(pieces(chunks).map((p) => p.text)).toEqual(docs);
    expect(pieces(chunks)).toEqual(pieces([text]));
  });

  it('reads a lone CR that begins a chunk as a line end', () => {
    const text = `${ONE}\rOne.\n\n${TWO}\n`;
    const at = ONE.length;
    expect(pieces([text.slice(0, at), text.slice(at)])).toEqual(pieces([text]));
    expect(pieces([text]).map((p) => [p.start, p.line])).toEqual([
      [0, 1],
      [text.indexOf(TWO), 4],
    ]);
  });

  it('counts a line end that begins the input', () => {
    expect(pieces(['\n\nA\n']).map((p) => [p.line, p.endLine, p.endColumn])).toEqual([[1, 4, 1]]);
    expect(pieces(['\n', '\nA\n']).map((p) => [p.line, p.endLine, p.endColumn])).toEqual([[1, 4, 1]]);
  });
});

describe('the opening span', () => {
  it('counts from the document start when blank lines come before the first header', () => {
    const out = pieces([`\n\n${ONE}\n\nText.\n`]);
    expect(out.map((p) => [p.start, p.opening, p.openingSpan])).toEqual([[0, 'canonical', [3, 7]]]);
  });

  it('marks `date` of a loose header and of an indented one', () => {
    const text = `  date 2021-11-02 https://ria.ru/a-1234567.html\n\nText.\n\ndate 2021-11-03 https://ria.ru/b-2345678.html\n\nMore.\n`;
    const out = pieces([text]);
    expect(out.map((p) => [p.start, p.opening, p.openingSpan])).toEqual([
      [0, 'loose', [2, 6]],
      [text.indexOf('\ndate ') + 1, 'loose', [0, 4]],
    ]);
  });

  it('is null, with opening "start", for text before any header', () => {
    const text = `Some text.\n\n${ONE}\n`;
    expect(pieces([text]).map((p) => [p.start, p.opening, p.openingSpan])).toEqual([
      [0, 'start', null],
      [12, 'canonical', [1, 5]],
    ]);
  });
});

describe('where each document ends', () => {
  it('gives the line and column just past each document', () => {
    const text = `${ONE}\n\nOne.\n${TWO}\n\nTwo`;
    const out = pieces([text]);
    expect(out.map((p) => [p.line, p.endLine, p.endColumn, p.end])).toEqual([
      [1, 4, 1, text.indexOf(TWO)],
      [4, 6, 4, text.length],
    ]);
  });

  it('opens a document at a header on the last line, with no line end after it', () => {
    const text = `${ONE}\n\nOne.\n\n${TWO}`;
    const out = pieces([text]);
    expect(out.map((p) => [p.start, p.end, p.text])).toEqual([
      [0, text.indexOf(TWO), `${ONE}\n\nOne.\n\n`],
      [text.indexOf(TWO), text.length, TWO],
    ]);
    expect(out[1]?.endColumn).toBe(TWO.length + 1);
  });

  it('gives one empty document for an empty input, and nothing more for a second end', () => {
    const out: DocumentPiece[] = [];
    const splitter = createSplitter((p) => out.push(p));
    splitter.feed('');
    splitter.end();
    splitter.end();
    expect(out.map((p) => [p.text, p.start, p.end, p.line, p.opening])).toEqual([['', 0, 0, 1, 'start']]);
  });

  it('emits nothing more for a second end after documents', () => {
    const out: DocumentPiece[] = [];
    const splitter = createSplitter((p) => out.push(p));
    splitter.feed(`${ONE}\n\nOne.\n\n${TWO}\n`);
    splitter.end();
    splitter.end();
    expect(out).toHaveLength(2);
  });

  it('gives blank lines before the first header to it, without a document of their own', () => {
    const text = ` \n\n${ONE}\n\nOne.\n`;
    expect(pieces([text]).map((p) => [p.start, p.end, p.line])).toEqual([[0, text.length, 1]]);
  });
});

describe('line ends', () => {
  it('reads LF, CR and CRLF mixed in one chunk as one line end each', () => {
    const text = `${ONE}\r\rOne.\n\r\n${TWO}\r\nTwo.\rThree.\n`;
    const out = pieces([text]);
    expect(out.map((p) => [p.start, p.line, p.endLine])).toEqual([
      [0, 1, 5],
      [text.indexOf(TWO), 5, 8],
    ]);
  });

  it('reads a CRLF cut between chunks as one line end, however it is cut', () => {
    const text = `${ONE}\r\n\r\nOne.\r\n${TWO}\r\n\r\nTwo.\r\n`;
    const whole = pieces([text]);
    expect(whole.map((p) => [p.start, p.line, p.endLine])).toEqual([
      [0, 1, 4],
      [text.indexOf(TWO), 4, 7],
    ]);
    for (let at = 1; at < text.length; at++) {
      if (text[at - 1] !== '\r') continue;
      expect(pieces([text.slice(0, at), text.slice(at)]), `cut at ${at}`).toEqual(whole);
      expect(pieces([text.slice(0, at), '', text.slice(at)]), `cut at ${at}, empty chunk`).toEqual(whole);
    }
  });

  it('reads a lone CR at the end of a chunk, then a chunk of text, as a line end', () => {
    const text = `${ONE}\r\rOne.\r${TWO}\rTwo.`;
    const out = pieces([`${ONE}\r`, `\rOne.\r`, `${TWO}\r`, 'Two.']);
    expect(out).toEqual(pieces([text]));
    expect(out.map((p) => [p.start, p.line])).toEqual([
      [0, 1],
      [text.indexOf(TWO), 4],
    ]);
  });

  it('gives the same documents for chunks of one character each', () => {
    const text = `\r\n${ONE}\r\n\r\nOne.\rx\n\r\n${TWO}\n\nTwo.\r\n`;
    expect(pieces([...text])).toEqual(pieces([text]));
    expect(pieces([...text]).map((p) => p.text)).toEqual([text.slice(0, text.indexOf(TWO)), text.slice(text.indexOf(TWO))]);
  });
});

describe('the size limit', () => {
  it('keeps the text of a document exactly as long as the limit, not of one longer', () => {
    const first = `${ONE}\n\nOne.\n`;
    const text = `${first}${TWO}\n\nTwo, longer.\n`;
    const second = text.length - first.length;
    expect(pieces([text], first.length).map((p) => p.text)).toEqual([first, null]);
    expect(pieces([text], second).map((p) => p.text)).toEqual([first, text.slice(first.length)]);
    expect(pieces([text], second - 1).map((p) => [p.text, p.start, p.end])).toEqual([
      [first, 0, first.length],
      [null, first.length, text.length],
    ]);
  });

  it('keeps the next document whole after one too large, however the chunks fall', () => {
    const big = `${ONE}\n\n${'Long text. '.repeat(20)}\n\n`;
    const text = `${big}${TWO}\n\nTwo.\n`;
    for (const size of [1, 2, 5, 7, 16, 50]) {
      const chunks = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(pieces(chunks, 60).map((p) => [p.text, p.start, p.end]), `chunks of ${size}`).toEqual([
        [null, 0, big.length],
        [text.slice(big.length), big.length, text.length],
      ]);
    }
  });
});

describe('misuse', () => {
  it.each([[42], [null], [undefined], [new String('x')]])('throws a TypeError when fed %j', (chunk) => {
    const splitter = createSplitter(() => undefined);
    expect(() => splitter.feed(chunk as unknown as string)).toThrow(TypeError);
  });
});
