// How a fixture is parsed, read from its name, and what its expected `.json` asserts; the
// rules the fixture test, the dist smoke tests, `npm run fixtures:update` and
// `npm run fixture:add` share:
// - `multiple-…` and `corpus-…` hold several documents and go through `parseCorpus`;
// - `repair-…` are parsed with `{ repair: 'safe' }`;
// - `too-large-…` are parsed with `{ maxDocumentSize: 120 }`;
// - a value of the `.json` may be a mark, `{ "$wrong": <what the parser gives>, "$right":
//   <what a labeller reads> }` (`$right` optional): the contributor found that field wrong,
//   and the fixture test fails until the parser is fixed and the mark removed.
'use strict';

/**
 * @param {string} name - The fixture's name, without `.txt`.
 * @returns {{ corpus: boolean, options: { repair?: 'safe', maxDocumentSize?: number } | undefined }}
 */
function fixtureMode(name) {
  const options = name.startsWith('repair-') ? { repair: 'safe' } : name.startsWith('too-large-') ? { maxDocumentSize: 120 } : undefined;
  return { corpus: name.startsWith('multiple-') || name.startsWith('corpus-') || name.startsWith('too-large-'), options };
}

/**
 * Parses a fixture's text with the package `api` as its name says.
 * @param {Record<string, any>} api - The newsdoc package (src or dist).
 * @param {string} name - The fixture's name.
 * @param {string} text - Its text.
 */
function parseFixture(api, name, text) {
  const { corpus, options } = fixtureMode(name);
  return corpus ? api.parseCorpus(text, options) : api.parseArticle(text, options);
}

/**
 * A result as its `.json` holds it: plain JSON, without the wording of diagnostic messages
 * (not part of the API, so no fixture pins it).
 * @param {unknown} result - What `parseFixture` returned.
 */
function asExpected(result) {
  return JSON.parse(JSON.stringify(result, (key, value) => (key === 'message' ? undefined : value)));
}

const WRONG = '$wrong';
const RIGHT = '$right';

/**
 * Whether a value of an expected `.json` is a mark: an object with `$wrong` and at most `$right`.
 * @param {unknown} value
 */
function isMark(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes(WRONG) && keys.every((k) => k === WRONG || k === RIGHT);
}

/**
 * Every mark in an expected value, in document order.
 * @param {unknown} value - A parsed `.json`.
 * @param {(string | number)[]} [path]
 * @returns {{ path: (string | number)[], wrong: unknown, right: unknown, hasRight: boolean }[]}
 */
function findMarks(value, path = []) {
  if (isMark(value)) return [{ path, wrong: value[WRONG], right: value[RIGHT], hasRight: Object.hasOwn(value, RIGHT) }];
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, v]) => findMarks(v, [...path, key]));
}

/**
 * Whether two JSON values are equal, whatever the order of their keys. Written here rather
 * than taken from `node:util`, so that this file loads in every runtime the fixtures run in.
 */
function jsonEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/** A path as people write it: `article.dateline.place`, `1.article.title`. */
function pathText(path) {
  return path.join('.');
}

/** The value at `path`, or `undefined` when there is none. */
function valueAt(value, path) {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/** A copy of `value` with `replace(old)` at `path`. */
function withValueAt(value, path, replace) {
  if (path.length === 0) return replace(value);
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[key] = withValueAt(value[key], rest, replace);
  return copy;
}

// The keys a field name may start with; any other name is a field of the article.
const RESULT_KEYS = new Set(['ok', 'article', 'diagnostics', 'index', 'start', 'end']);

/**
 * The path in an expected value that a contributor's field name means: `title` and
 * `dateline.place` are fields of the article, `ok` and `diagnostics.0.code` of the result;
 * a corpus fixture's names start with the record's number (`1.title`).
 * @param {unknown} expected - The expected value (a result, or an array of records).
 * @param {string} field - The name as written.
 * @returns {(string | number)[]} The path.
 * @throws Error when the expected value has no such field.
 */
function fieldPath(expected, field) {
  const parts = field.split('.').filter((p) => p !== '');
  const path = [];
  if (Array.isArray(expected)) {
    const record = parts.shift();
    if (record === undefined || !/^\d+$/.test(record)) throw new Error(`${field}: a field of a corpus fixture starts with the record's number (0.title, 1.dateline.place)`);
    path.push(Number(record));
  }
  if (parts.length === 0) throw new Error(`${field}: name a field (title, dateline.place, ok, diagnostics)`);
  if (!RESULT_KEYS.has(parts[0] ?? '')) path.push('article');
  for (const p of parts) path.push(/^\d+$/.test(p) ? Number(p) : p);
  if (valueAt(expected, path) === undefined) throw new Error(`${field}: the result has no ${pathText(path)}`);
  return path;
}

/**
 * Marks the value at `path` as wrong: the parser's value is kept as `$wrong`, and `right`
 * (when given) is what a labeller reads there.
 * @param {unknown} expected
 * @param {(string | number)[]} path
 * @param {{ right?: unknown }} [options]
 */
function markWrong(expected, path, options = {}) {
  return withValueAt(expected, path, (old) => {
    const wrong = isMark(old) ? old[WRONG] : old;
    return Object.hasOwn(options, 'right') ? { [WRONG]: wrong, [RIGHT]: options.right } : { [WRONG]: wrong };
  });
}

/**
 * What the fixture test compares the parse with: each mark that gives a right value is
 * that value. A mark without one stays a mark, which no result can equal.
 * @param {unknown} expected
 */
function withRightValues(expected) {
  let out = expected;
  for (const mark of findMarks(expected)) if (mark.hasRight) out = withValueAt(out, mark.path, () => mark.right);
  return out;
}

/**
 * The next `.json` of a fixture when `npm run fixtures:update` regenerates it: the new
 * result with the previous `.json`'s marks carried over while they still hold, and a note
 * on each mark saying what became of it.
 * @param {unknown} previous - The `.json` as committed.
 * @param {unknown} next - The new result, as `asExpected` gives it.
 * @returns {{ value: unknown, notes: string[] }}
 */
function carryMarks(previous, next) {
  let value = next;
  const notes = [];
  for (const mark of findMarks(previous)) {
    const where = pathText(mark.path);
    const now = valueAt(next, mark.path);
    if (now === undefined) {
      notes.push(`${where}: was marked wrong and is gone from the result; review the .json`);
    } else if (mark.hasRight && jsonEqual(now, mark.right)) {
      notes.push(`${where}: fixed, the parser now gives the right value; the mark is removed`);
    } else if (jsonEqual(now, mark.wrong)) {
      value = markWrong(value, mark.path, mark.hasRight ? { right: mark.right } : {});
      notes.push(`${where}: still wrong, the mark stays`);
    } else if (mark.hasRight) {
      value = markWrong(value, mark.path, { right: mark.right });
      notes.push(`${where}: changed to ${JSON.stringify(now)}, still not the right value; the mark stays`);
    } else {
      notes.push(`${where}: was marked wrong, the parser now gives ${JSON.stringify(now)}; the mark is removed: review it`);
    }
  }
  return { value, notes };
}

module.exports = { asExpected, carryMarks, fieldPath, findMarks, fixtureMode, isMark, jsonEqual, markWrong, parseFixture, pathText, withRightValues };
