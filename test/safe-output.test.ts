/**
 * Safe output (issue 11): whatever the input, no field of an article holds a URL of another
 * scheme than http(s), credentials, or a control, bidi or zero-width character, and each
 * case is reported with its code where it stands. The oracles are the tests' own: WHATWG
 * `new URL` for what a URL is, and test/invariants.ts's HIDDEN for invisible characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl, parseArticle, urlKey, type Article, type ParseResult } from '../src/index.js';
import { HIDDEN } from './invariants.js';

const LONG_PATH = 'https://ria.ru/' + 'a'.repeat(100_000);
const LONG_HOST = 'https://' + 'a'.repeat(100_000) + '.com/';
const LONG_IDN_HOST = 'https://' + 'жд'.repeat(50_000) + '.рф/';
/** The hostile URL table: what each row tries, and the text. */
const ROWS: readonly (readonly [string, string])[] = [
  // Schemes
  ['javascript', 'javascript:alert(1)'],
  ['JavaScript mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript with a tab', 'java\tscript:alert(1)'],
  ['javascript with a newline', 'java\nscript:alert(1)'],
  ['javascript after a NUL', '\u0000javascript:alert(1)'],
  ['javascript after spaces', '   javascript:alert(1)'],
  ['javascript with //', 'javascript://ria.ru/%0Aalert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['VBScript', 'VBScript:MsgBox(1)'],
  ['data html', 'data:text/html,<script>alert(1)</script>'],
  ['data base64', 'DATA:text/html;base64,PHNjcmlwdD4='],
  ['file', 'file:///etc/passwd'],
  ['FILE', 'FILE://localhost/etc/passwd'],
  ['ftp', 'ftp://ria.ru/a'],
  ['mailto', 'mailto:desk@ria.ru'],
  ['blob', 'blob:https://ria.ru/uuid'],
  ['ws', 'ws://ria.ru/socket'],
  ['scheme-relative', '//ria.ru/a'],
  ['no scheme', 'ria.ru/20211102/a-1234567.html'],
  ['HTTPS upper case', 'HTTPS://RIA.RU/20211102/a-1234567.html'],
  ['hTtP mixed case', 'hTtP://Ria.Ru/a'],
  ['https with one slash', 'https:/ria.ru/a'],
  ['https with three slashes', 'https:///ria.ru/a'],
  ['https without slashes', 'https:ria.ru/a'],
  // Whitespace and controls inside
  ['a tab in the host', 'https://ria\t.ru/a'],
  ['a newline in the path', 'https://ria.ru/a\nb'],
  ['a CR in the path', 'https://ria.ru/a\rb'],
  ['a space in the path', 'https://ria.ru/a b'],
  ['NBSP in the path', 'https://ria.ru/a\u00a0b'],
  ['NUL in the path', 'https://ria.ru/a\u0000b'],
  ['ESC in the path', 'https://ria.ru/a\u001b[2Jb'],
  ['DEL in the path', 'https://ria.ru/a\u007fb'],
  ['C1 CSI in the path', 'https://ria.ru/a\u009bb'],
  ['RLO in the path', 'https://ria.ru/a\u202eb'],
  ['RLI in the host', 'https://ria\u2067.ru/a'],
  ['LRM in the query', 'https://ria.ru/a?b=\u200e1'],
  ['ZWSP in the host', 'https://ri\u200ba.ru/'],
  ['ZWJ in the path', 'https://ria.ru/a\u200db'],
  ['word joiner in the path', 'https://ria.ru/a\u2060b'],
  ['BOM in the path', 'https://ria.ru/a\ufeffb'],
  ['Mongolian vowel separator in the path', 'https://ria.ru/a\u180eb'],
  ['Mongolian vowel separator in the host', 'https://ri\u180ea.ru/'],
  ['ALM in the fragment', 'https://ria.ru/a#\u061c'],
  ['leading and trailing blanks', '  https://ria.ru/a  '],
  // Backslashes
  ['backslashes for slashes', 'https:\\\\ria.ru\\a'],
  ['a backslash in the path', 'https://ria.ru\\a\\b'],
  ['a backslash before the host', 'https:/\\ria.ru/a'],
  // IDN and punycode
  ['Cyrillic host', 'https://пример.рф/'],
  ['Cyrillic host upper case', 'https://ПРИМЕР.РФ/'],
  ['punycode host', 'https://xn--e1afmkfd.xn--p1ai/'],
  ['broken punycode', 'https://xn--zz.ru/'],
  ['punycode upper case', 'https://XN--E1AFMKFD.XN--P1AI/'],
  ['full-width letters', 'https://ｒｉａ.ｒｕ/a'],
  ['soft hyphen in the host', 'https://ri\u00ada.ru/a'],
  ['ideographic full stop', 'https://ria\u3002ru/a'],
  ['Cyrillic path', 'https://ria.ru/новости'],
  ['emoji host', 'https://☃.net/'],
  ['a host of one label', 'https://localhost/a'],
  ['a trailing dot', 'https://ria.ru./a'],
  ['empty labels', 'https://ria..ru/a'],
  ['a forbidden host character', 'https://ria<.ru/a'],
  ['a percent in the host', 'https://ri%61.ru/a'],
  ['a broken percent in the host', 'https://ri%zz.ru/a'],
  // IP addresses
  ['IPv4', 'http://127.0.0.1/a'],
  ['IPv4 in hex', 'http://0x7f.1/a'],
  ['IPv4 as one number', 'http://2130706433/a'],
  ['IPv4 out of range', 'http://256.256.256.256/a'],
  ['IPv6', 'http://[::1]/a'],
  ['IPv6 with a port', 'http://[::1]:8080/a'],
  ['IPv6 with an IPv4 tail', 'http://[::ffff:127.0.0.1]/a'],
  ['IPv6 upper case', 'http://[2001:DB8::1]/a'],
  ['IPv6 unclosed', 'http://[::1/a'],
  ['IPv6 with a zone', 'http://[fe80::1%25eth0]/a'],
  // Percent-encoding
  ['%zz in the path', 'https://ria.ru/a%zz'],
  ['a lone percent', 'https://ria.ru/100%'],
  ['%2e%2e segment', 'https://ria.ru/a/%2e%2e/b'],
  ['%2E%2E upper case', 'https://ria.ru/a/%2E%2E/%2E%2E/%2E%2E/b'],
  ['.%2e segment', 'https://ria.ru/a/.%2e/b'],
  ['dot segments', 'https://ria.ru/a/./b/../c'],
  ['lower-case %e2', 'https://ria.ru/%e2%80%ae'],
  ['mixed-case escapes', 'https://ria.ru/%D0%bf?q=%d0%BF'],
  ['overlong UTF-8', 'https://ria.ru/%c0%ae%c0%ae/etc'],
  ['encoded slash', 'https://ria.ru/a%2fb'],
  ['encoded NUL', 'https://ria.ru/a%00b'],
  ['encoded newline', 'https://ria.ru/a%0d%0ab'],
  ['percent in the query', 'https://ria.ru/a?x=%zz&y=%2'],
  ['a quote in the query', "https://ria.ru/a?x='1'"],
  ['trackers only', 'https://ria.ru/a?utm_source=x&fbclid=y'],
  ['an empty query and fragment', 'https://ria.ru/a?#'],
  ['encoded tracker name', 'https://ria.ru/a?utm%5Fsource=x&b=1'],
  // Userinfo
  ['user and password', 'https://user:pw@ria.ru/20211102/a-1234567.html'],
  ['user only', 'https://user@ria.ru/a'],
  ['empty userinfo', 'https://@ria.ru/a'],
  ['a host disguised as userinfo', 'https://ria.ru@evil.example/a'],
  ['two at signs', 'https://a@b@ria.ru/a'],
  ['an at sign in the path', 'https://ria.ru/a@b'],
  ['an at sign in the query', 'https://ria.ru/a?mail=a@b.ru'],
  ['encoded userinfo', 'https://us%40er:p%3Aw@ria.ru/a'],
  ['userinfo and a port', 'http://u:p@ria.ru:8080/a'],
  // Ports
  ['default https port', 'https://ria.ru:443/a'],
  ['default http port', 'http://ria.ru:80/a'],
  ['a port', 'https://ria.ru:8443/a'],
  ['leading zeros in the port', 'https://ria.ru:08080/a'],
  ['port 65535', 'https://ria.ru:65535/a'],
  ['port 65536', 'https://ria.ru:65536/a'],
  ['port 99999', 'https://ria.ru:99999/a'],
  ['an empty port', 'https://ria.ru:/a'],
  ['a port with a letter', 'https://ria.ru:8o/a'],
  ['a negative port', 'https://ria.ru:-1/a'],
  // Length
  ['a 100 KB path', LONG_PATH],
  ['a 100 KB host', LONG_HOST],
  ['a 100 KB international host', LONG_IDN_HOST],
  ['a 254-character host', `https://${'a'.repeat(250)}.com/`],
  ['a 253-character host', `https://${'a'.repeat(249)}.com/`],
  ['a 253-character host and a trailing dot', `https://${'a'.repeat(249)}.com./`],
  ['a 100 KB userinfo', `https://${'u'.repeat(100_000)}@ria.ru/a`],
  ['a 100 KB query', `https://ria.ru/a?${'b=1&'.repeat(25_000)}`],
  // Odd but fine
  ['a fragment', 'https://ria.ru/a#top'],
  ['no path', 'https://ria.ru'],
  ['a query without a path', 'https://ria.ru?a=1'],
  ['many slashes in the path', 'https://ria.ru//a///b'],
  ['an empty string', ''],
  ['only blanks', ' \t '],
];

/** Whether WHATWG `new URL` accepts `text`. */
function parses(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** A URL `normalizeUrl` may return: http(s), accepted by `new URL`, a fixed point. */
function expectSafeUrl(url: string | null, label: string): void {
  if (url === null) return;
  expect(url, label).toMatch(/^https?:\/\/[^/?#]/);
  expect(parses(url), `${label}: new URL accepts it`).toBe(true);
  expect(normalizeUrl(url), `${label}: normalises to itself`).toBe(url);
  expect(url, `${label}: no invisible character`).not.toMatch(HIDDEN);
  const parsed = new URL(url);
  expect([parsed.username, parsed.password], `${label}: no credentials`).toEqual(['', '']);
}

/** The `user:password@` of a URL as written: `//` to the last `@` before the path. */
const CREDENTIALS = /^\s*https?:\/\/[^/?#\\]*@/i;

/** Schemes that run script or read local or inline data in a browser. */
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:', 'livescript:', 'data:', 'file:', 'blob:', 'filesystem:', 'view-source:']);

/**
 * Where in `text` a URL of another scheme than http(s) starts, as a browser would read it:
 * at the start or after a character that no scheme holds, a text that `new URL` parses with
 * a script scheme, or with any other scheme written with `//`; -1 when none.
 */
function nonHttpUrlAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\w+.-]/.test(text[i - 1] ?? '')) continue;
    if (!/[a-z]/i.test(text[i] ?? '')) continue;
    const token = text.slice(i).split(/\s/)[0] ?? '';
    const colon = token.indexOf(':');
    if (colon <= 0 || colon === token.length - 1) continue;
    let url: URL;
    try {
      url = new URL(token);
    } catch {
      continue;
    }
    if (SCRIPT_SCHEMES.has(url.protocol)) return i;
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && token.slice(colon + 1).startsWith('//')) return i;
  }
  return -1;
}

/** Every short field of an article, named. */
function shortFields(a: Article): [string, string | null][] {
  return [
    ['title', a.title],
    ['lead', a.lead],
    ...a.tags.map((t, i): [string, string] => [`tags[${i}]`, t]),
    ['dateline.raw', a.dateline?.raw ?? null],
    ['dateline.place', a.dateline?.place ?? null],
    ['dateline.agency', a.dateline?.agency ?? null],
    ['source.slug', a.source?.slug ?? null],
    ['source.agency', a.source?.agency ?? null],
    ['source.host', a.source?.host ?? null],
    ...a.entries.map((e, i): [string, string | null] => [`entries[${i}].title`, e.title]),
  ];
}

/** The rules every article keeps: URL fields are safe URLs, short fields hold no URL of another scheme and nothing invisible. */
function expectSafeArticle(a: Article | null, label: string): void {
  if (a === null) return;
  expectSafeUrl(a.url, `${label}: url`);
  expectSafeUrl(a.image, `${label}: image`);
  expect(a.urlRaw === null, `${label}: urlRaw is null exactly when url is`).toBe(a.url === null);
  if (a.urlRaw !== null) {
    expect(normalizeUrl(a.urlRaw), `${label}: urlRaw normalises to url`).toBe(a.url);
    expect(a.urlRaw, `${label}: urlRaw has no credentials`).not.toMatch(CREDENTIALS);
    expect(a.urlRaw, `${label}: urlRaw has nothing invisible`).not.toMatch(HIDDEN);
  }
  if (a.urlKey !== null) {
    expect(parses(a.urlKey), `${label}: new URL accepts urlKey`).toBe(true);
    expect(urlKey(a.urlKey), `${label}: urlKey is a fixed point`).toBe(a.urlKey);
  }
  for (const [name, value] of shortFields(a)) {
    if (value === null) continue;
    expect(value, `${label}: ${name} has nothing invisible`).not.toMatch(HIDDEN);
    expect(value, `${label}: ${name} has no zero-width space or BOM`).not.toMatch(/[\u200b\ufeff]/u);
    expect(nonHttpUrlAt(value), `${label}: ${name} holds no URL of another scheme: ${JSON.stringify(value)}`).toBe(-1);
  }
}

const codes = (r: ParseResult): string[] => r.diagnostics.map((d) => d.code);
const spans = (r: ParseResult, code: string, text: string): string[] => r.diagnostics.filter((d) => d.code === code).map((d) => text.slice(d.start.offset, d.end.offset));

const HEAD = ' date 2021-11-02 ';
const REST = '\n\nHarbour reopens to small boats after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Tuesday.\n';
/** A page whose header has no URL, with `line` where the page's own URL stands. */
const onPage = (line: string): string => ` date 2021-11-02 News\nHarbour reopens after repairs\n${line}\n\nThe harbour reopened on Friday, officials said.\n`;
/** A RIA page with `line` where its image URL stands. */
const asImage = (line: string): string =>
  ` date 2021-11-02 https://ria.ru/20211102/port-1234500100.html\n\nHarbour reopens after repairs\n\n2021-11-02T10:15\n\nharbour\n\nports\n\n/ html / head / meta[@name=”og:title”]/ @ content\n\n${line}\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened.\n`;

describe('the hostile URL table', () => {
  it('has at least sixty rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS)('%s: normalizeUrl and urlKey give null or a URL new URL accepts and that normalises to itself', (label, raw) => {
    const url = normalizeUrl(raw);
    expectSafeUrl(url, label);
    const key = urlKey(raw);
    expect(key === null, `${label}: urlKey is null exactly when normalizeUrl is`).toBe(url === null);
    if (key !== null) {
      expect(parses(key), `${label}: new URL accepts the key`).toBe(true);
      expect(urlKey(key), `${label}: the key is a fixed point`).toBe(key);
    }
  });

  it.each(ROWS)('%s: as the header URL, the article keeps the same rules, with the right code', (label, raw) => {
    const text = `${HEAD}${raw}${REST}`;
    const result = parseArticle(text);
    const a = result.article as Article;
    expectSafeArticle(a, label);
    // What the header reads as its URL token: after the blanks, the text up to the next one.
    const token = /^\S*/.exec(raw.replace(/^[ \t]+/, ''))?.[0] ?? '';
    const expected = token === '' ? null : normalizeUrl(token);
    expect(a.url, label).toBe(expected);
    if (expected !== null) {
      expect(codes(result), label).not.toContain('HEADER_URL_INVALID');
      expect(spans(result, 'URL_CREDENTIALS_REMOVED', text), label).toEqual(CREDENTIALS.test(token) ? [(CREDENTIALS.exec(token)?.[0] ?? '').replace(/^\s*https?:\/\//i, '')] : []);
    } else {
      expect(codes(result).some((c) => c === 'HEADER_URL_INVALID' || c === 'HEADER_URL_MISSING'), `${label}: ${codes(result).join(', ')}`).toBe(true);
    }
  });

  it.each(ROWS)('%s: as a URL line of the page or its image, the article keeps the same rules', (label, raw) => {
    for (const text of [onPage(raw), asImage(raw), asImage(`${raw}.jpg`)]) {
      const result = parseArticle(text);
      expectSafeArticle(result.article, label);
      // A bare http(s) URL line that normalizeUrl refuses is reported, not dropped in silence.
      const bare = /^https?:\/\/\S+$/i.test(raw) && !/[\s\u0085\u200b]/u.test(raw);
      if (bare && normalizeUrl(raw) === null && text === onPage(raw)) expect(spans(result, 'PAGE_URL_REFUSED', text), label).toEqual([raw]);
    }
  });

  it('refuses a host longer than DNS allows (253 characters), however it is written', () => {
    for (const host of [LONG_HOST, LONG_IDN_HOST, `https://${'ж'.repeat(254)}.рф/`, `https://${`${'a'.repeat(63)}.`.repeat(5)}ru/`, `https://${'%61'.repeat(254)}.ru/`]) {
      expect(normalizeUrl(host)).toBeNull();
      expect(urlKey(host)).toBeNull();
    }
    expect(normalizeUrl(`https://${'a.'.repeat(125)}ru/`)).toBe(`https://${'a.'.repeat(125)}ru/`);
  });
});

/** The diagnostics of one code as `[text, offset]`: what each spans, and where. */
const found = (r: ParseResult, code: string, text: string): [string, number][] =>
  r.diagnostics.filter((d) => d.code === code).map((d) => [text.slice(d.start.offset, d.end.offset), d.start.offset]);

describe('each case, its code and its place', () => {
  const H = ' date 2021-11-02 https://ria.ru/20211102/port-1234500100.html\n\n';
  const D = 'MOSCOW, November 2 – RIA Novosti. The harbour reopened on Tuesday.\n';

  it('a refused header URL is in no field: url, urlRaw, urlKey and source are null, HEADER_URL_INVALID spans it', () => {
    for (const raw of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'https://ria.ru/a\u202eb', 'https://ria.ru:99999/a']) {
      const text = `${HEAD}${raw}${REST}`;
      const result = parseArticle(text);
      expect([result.article?.url, result.article?.urlRaw, result.article?.urlKey, result.article?.source], raw).toEqual([null, null, null, null]);
      expect(found(result, 'HEADER_URL_INVALID', text), raw).toEqual([[raw, HEAD.length]]);
    }
  });

  it('credentials leave url and urlRaw, each removal marked where it stands', () => {
    const text = `${HEAD}https://editor:pw@ria.ru/20211102/port-1234500100.html${REST}`;
    const result = parseArticle(text);
    expect([result.article?.url, result.article?.urlRaw]).toEqual(['https://ria.ru/20211102/port-1234500100.html', 'https://ria.ru/20211102/port-1234500100.html']);
    expect(found(result, 'URL_CREDENTIALS_REMOVED', text)).toEqual([['editor:pw@', HEAD.length + 8]]);
    // A host written as credentials: the browser's host is the one after the last `@`.
    const disguised = `${HEAD}https://ria.ru@evil.example/20211102/port-1234500100.html${REST}`;
    const other = parseArticle(disguised);
    expect([other.article?.url, other.article?.urlRaw, other.article?.source?.host]).toEqual(['https://evil.example/20211102/port-1234500100.html', 'https://evil.example/20211102/port-1234500100.html', 'evil.example']);
    expect(found(other, 'URL_CREDENTIALS_REMOVED', disguised)).toEqual([['ria.ru@', HEAD.length + 8]]);
  });

  it('credentials leave a URL of the page and the image too', () => {
    const page = onPage('https://u:p@example.com/2021/11/02/harbour-1234567/');
    const fromPage = parseArticle(page);
    expect([fromPage.article?.url, fromPage.article?.urlRaw]).toEqual(['https://example.com/2021/11/02/harbour-1234567/', 'https://example.com/2021/11/02/harbour-1234567/']);
    expect(found(fromPage, 'URL_CREDENTIALS_REMOVED', page)).toEqual([['u:p@', page.indexOf('u:p@')]]);
    const image = asImage('https://cdn:key@cdnn21.img.ria.ru/images/a_1920x0.jpg');
    const withImage = parseArticle(image);
    expect(withImage.article?.image).toBe('https://cdnn21.img.ria.ru/images/a_1920x0.jpg');
    expect(found(withImage, 'URL_CREDENTIALS_REMOVED', image)).toEqual([['cdn:key@', image.indexOf('cdn:key@')]]);
  });

  it('a refused URL of the page or image is PAGE_URL_REFUSED, and the next acceptable one is used', () => {
    const bad = 'https://example.com:99999/2021/11/02/harbour-1234567/';
    const page = onPage(`${bad}\nhttps://example.com/2021/11/02/harbour-1234567/`);
    const result = parseArticle(page);
    expect(result.article?.url).toBe('https://example.com/2021/11/02/harbour-1234567/');
    expect(found(result, 'PAGE_URL_REFUSED', page)).toEqual([[bad, page.indexOf(bad)]]);
    const badImage = 'https://cdnn21.img.ria.ru:70000/images/a_1920x0.jpg';
    const image = asImage(badImage);
    const withImage = parseArticle(image);
    expect(withImage.article?.image).toBeNull();
    expect(found(withImage, 'PAGE_URL_REFUSED', image)).toEqual([[badImage, image.indexOf(badImage)]]);
  });

  it('a URL of another scheme leaves a title, a tag and a slug, each marked', () => {
    const title = 'Harbour reopens after ftp://files.example/plan repairs';
    const text = `${H}${title}\n\nharbour\n\nfile:///C:/tags.txt\n\nports\n\n/ html / head / meta[@name=”og:title”]/ @ content\n\n${D}`;
    const result = parseArticle(text);
    expect(result.article?.title).toBe('Harbour reopens after repairs');
    expect(result.article?.tags).toEqual(['harbour', 'ports']);
    expect(found(result, 'FIELD_URL_REMOVED', text)).toEqual([
      ['ftp://files.example/plan', text.indexOf('ftp:')],
      ['file:///C:/tags.txt', text.indexOf('file:')],
    ]);
    const slugged = ` date 2021-11-02 https://ria.ru/20211102/javascript:alert(1)-1234500100.html${REST}`;
    const withSlug = parseArticle(slugged);
    expect(withSlug.article?.source?.slug).toBeNull();
    expect(withSlug.article?.source?.articleId).toBe('1234500100');
    expect(found(withSlug, 'FIELD_URL_REMOVED', slugged)).toEqual([[slugged.slice(17, slugged.indexOf('\n')), 17]]);
  });

  it.each([
    ['a NUL (C0)', '\u0000'],
    ['a CSI (C1)', '\u009b'],
    ['an escape sequence', '\u001b[2J'],
    ['a right-to-left override (bidi)', '\u202e'],
    ['a left-to-right isolate (bidi)', '\u2066'],
    ['a right-to-left mark', '\u200f'],
    ['an Arabic letter mark', '\u061c'],
    ['a zero-width joiner', '\u200d'],
    ['a zero-width non-joiner', '\u200c'],
    ['a word joiner', '\u2060'],
    ['a Mongolian vowel separator', '\u180e'],
  ])('%s leaves the title and a tag, each run marked where it stands, and never reaches the dateline', (_name, hidden) => {
    const text = `${H}Harbour reopens${hidden} after repairs\n\nhar${hidden}bour\n\nports\n\n/ html / head / meta[@name=”og:title”]/ @ content\n\nMOSCOW, November 2 – RIA Novosti${hidden}. The harbour reopened on Tuesday.\n`;
    const result = parseArticle(text);
    const a = result.article as Article;
    expect(a.title).toBe('Harbour reopens after repairs');
    expect(a.tags).toEqual(['har bour', 'ports']);
    const at = (from: string): number => text.indexOf(hidden, text.indexOf(from));
    const marked = found(result, 'FIELD_CHARACTERS_REMOVED', text);
    expect(marked.slice(0, 2)).toEqual([
      [hidden, at('Harbour')],
      [hidden, at('har')],
    ]);
    // The dateline reader does not read a dateline through them; where one is read, it lost them and says so.
    if (a.dateline !== null && a.dateline.raw.includes('Novosti')) expect(marked[2]).toEqual([hidden, at('Novosti')]);
    for (const part of [a.dateline?.raw, a.dateline?.place, a.dateline?.agency]) expect(part ?? '').not.toMatch(HIDDEN);
    // The whole input is marked too, for the C0/C1 controls and the bidi controls.
    // eslint-disable-next-line no-control-regex -- the test looks for control characters on purpose
    const c0c1 = /[\u0000-\u001f\u007f-\u009f]/u.test(hidden);
    const bidi = /[\u202a-\u202e\u2066-\u2069]/u.test(hidden);
    expect(found(result, 'INPUT_CONTROL_CHARACTERS', text).length).toBe(c0c1 ? 3 : 0);
    expect(found(result, 'INPUT_BIDI_CONTROLS', text).length).toBe(bidi ? 3 : 0);
  });

  it('a zero-width space and a BOM are blanks: a field reads them as a space, never keeps them', () => {
    for (const blank of ['\u200b', '\ufeff']) {
      const text = `${H}Harbour${blank}reopens after repairs\n\n${D}`;
      expect(parseArticle(text).article?.title).toBe('Harbour reopens after repairs');
    }
  });
});

/** The fixtures parsed one document at a time (parseArticle, no options). */
const FIXTURES = readdirSync(join(import.meta.dirname, '..', 'fixtures'))
  .filter((f) => f.endsWith('.txt') && !/^(?:multiple-|corpus-|too-large-|repair-)/.test(f))
  .sort()
  .map((f) => readFileSync(join(import.meta.dirname, '..', 'fixtures', f), 'utf8'));

/** Hostile characters: C0, C1, escape sequences, bidi controls and marks, zero-width characters. */
const HOSTILE_CHARACTERS = ['\u0000', '\u0007', '\u001b[31m', '\u001b]0;x\u0007', '\u0085', '\u009b', '\u007f', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e'];
/** Hostile URLs, as a token or a line. */
const HOSTILE_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.domain)', 'java\tscript:x', 'vbscript:msgbox(1)', 'data:text/html,<b>x</b>', 'DATA:image/svg+xml;base64,PHN2Zz4=', 'file:///etc/passwd', 'ftp://files.example/a', 'https://user:pw@ria.ru/20211102/a-1234500100.html', 'https://ria.ru@evil.example/20211102/a-1234500100.html', 'https://ria.ru:99999/20211102/a-1234500100.html', '\u0001javascript:alert(1)', 'https://cdn:k@cdnn21.img.ria.ru/images/a_1920x0.jpg', 'blob:https://ria.ru/x'];

describe('fixtures with hostile characters and URLs spliced into their header, title, tags and dateline', () => {
  it('never put a control, bidi or zero-width character or a URL of another scheme in a short or URL field', () => {
    const piece = fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), fc.constantFrom(...HOSTILE_URLS), fc.constantFrom(...HOSTILE_URLS).map((u) => ` ${u} `));
    // Where: the header's URL token replaced, or a piece put into one of the first lines
    // (header, title, metadata and tags, the dateline), or a line of its own among them.
    const splice = fc.record({ line: fc.nat(24), at: fc.double({ min: 0, max: 1, noNaN: true }), piece, ownLine: fc.boolean() });
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.option(fc.constantFrom(...HOSTILE_URLS)), fc.array(splice, { minLength: 1, maxLength: 4 }), (which, headerUrl, splices) => {
        let text = FIXTURES[which] as string;
        if (headerUrl !== null) text = text.replace(/^(\s*date \S+ )\S+/, (_m, head: string) => `${head}${headerUrl}`);
        const lines = text.split('\n');
        for (const { line, at, piece: p, ownLine } of splices) {
          const i = Math.min(line, lines.length - 1);
          const row = lines[i] as string;
          if (ownLine) lines.splice(i, 0, p.trim());
          else {
            const cut = Math.floor(at * row.length);
            lines[i] = row.slice(0, cut) + p + row.slice(cut);
          }
        }
        const doc = lines.join('\n');
        expectSafeArticle(parseArticle(doc).article, JSON.stringify(doc.slice(0, 200)));
      }),
      { numRuns: 2500 },
    );
  });
});
