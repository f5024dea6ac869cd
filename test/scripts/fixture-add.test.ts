/**
 * scripts/fixture-add.ts (`npm run fixture:add`), always into a temporary directory: it
 * copies the document byte for byte, writes the parser's result as the expected `.json`,
 * lists every value for review, and a field marked wrong makes the fixture test's
 * comparison fail until the parser gives the right value. The marks survive
 * `npm run fixtures:update` (carryMarks) exactly while they hold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as newsdoc from '../../src/index.js';
import { ARTICLE_FIELDS } from '../../src/cli/args.js';
import { CORPUS_DIR, hasCorpus } from '../../scripts/corpus-pieces.mjs';
import { REMINDER, run } from '../../scripts/fixture-add.js';
import { asExpected, carryMarks, findMarks, parseFixture, withRightValues } from '../../scripts/fixture-mode.cjs';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'newsdoc-fixture-add-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Our own wording, CRLF line ends and a BOM: the copy must keep every byte.
const DOC = '\uFEFF date 2022-03-14 https://ria.ru/20220314/ferry-2233445566.html\r\n\r\nFerry service to the islands resumes after the storm\r\n\r\nARKHANGELSK, March 14 – RIA Novosti. The ferry to the islands sailed again on Monday after three days in port, the operator said.\r\n';
const TWO_DOCS = ' date 2022-03-14\n\nFerry service resumes after the storm\n\nThe ferry sailed again on Monday, the operator said.\n\n date 2022-03-15\n\nBridge repairs start next week\n\nWork on the old bridge starts on Monday, the city said.\n';

let cases = 0;
/** Runs the script on `text` written to a fresh file; returns the exit code, the output and the fixture directory. */
function add(text: string, args: readonly string[] = [], fileName = 'ferry-dateline.txt', dir?: string): { code: number; out: string[]; err: string[]; dir: string } {
  const here = join(scratch, `case-${++cases}`);
  const out: string[] = [];
  const err: string[] = [];
  mkdirSync(here, { recursive: true });
  const source = join(here, fileName);
  writeFileSync(source, text, 'utf8');
  const fixtures = dir ?? join(here, 'fixtures');
  const code = run([source, ...args, '--dir', fixtures], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, dir: fixtures };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** What test/fixtures.test.ts asserts of a fixture: its parse equals the `.json`, marks read as their right values. */
const fixturePasses = (name: string, text: string, json: unknown): boolean => isDeepStrictEqual(asExpected(parseFixture(newsdoc, name, text)), withRightValues(json));

describe('fixture:add writes the fixture', () => {
  it('copies the document byte for byte and writes the parser result as the expected .json', () => {
    const { code, dir } = add(DOC, ['ferry-dateline']);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ferry-dateline.json', 'ferry-dateline.txt']);
    expect(readFileSync(join(dir, 'ferry-dateline.txt'))).toEqual(Buffer.from(DOC, 'utf8'));
    const json = readJson(join(dir, 'ferry-dateline.json'));
    expect(json).toEqual(asExpected(newsdoc.parseArticle(DOC)));
    expect(readFileSync(join(dir, 'ferry-dateline.json'), 'utf8')).not.toMatch(/"message":/);
    expect(fixturePasses('ferry-dateline', DOC, json)).toBe(true);
  });

  it('prints the reminder first, then every field, section and diagnostic for review', () => {
    const { out } = add(DOC);
    expect(out.slice(0, REMINDER.length)).toEqual(REMINDER);
    const article = newsdoc.parseArticle(DOC).article;
    expect(article).not.toBeNull();
    const listed = (path: string): boolean => out.some((l) => l.trimStart().startsWith(`${path} `));
    for (const field of ARTICLE_FIELDS.filter((f) => !['dateline', 'source', 'dates', 'paragraphs', 'sections', 'tags'].includes(f))) expect(listed(`article.${field}`), field).toBe(true);
    for (const key of ['raw', 'place', 'agency', 'date', 'yearInferred']) expect(listed(`article.dateline.${key}`), key).toBe(true);
    expect(listed('article.tags')).toBe(true);
    article?.sections.forEach((_, i) => expect(listed(`article.sections.${i}`), `section ${i}`).toBe(true));
    const diagnostics = newsdoc.parseArticle(DOC).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['INPUT_BOM', 'INPUT_LINE_ENDINGS']));
    diagnostics.forEach((d, i) => expect(out.find((l) => l.trimStart().startsWith(`diagnostics.${i} `)), d.code).toContain(d.code));
  });

  it('names a corpus fixture by its prefix and lists each record by number', () => {
    const { code, out, dir } = add(TWO_DOCS, ['multiple-ferry-and-bridge']);
    expect(code).toBe(0);
    expect(readJson(join(dir, 'multiple-ferry-and-bridge.json'))).toEqual(asExpected(newsdoc.parseCorpus(TWO_DOCS)));
    for (const path of ['0.article.title', '1.article.title', '1.index']) expect(out.some((l) => l.trimStart().startsWith(`${path} `)), path).toBe(true);
  });
});

describe('fixture:add --wrong', () => {
  it('marks a field without a right value: no parse can equal the .json', () => {
    const { code, dir } = add(DOC, ['--wrong', 'title']);
    expect(code).toBe(0);
    const json = readJson(join(dir, 'ferry-dateline.json'));
    const title = newsdoc.parseArticle(DOC).article?.title;
    expect(findMarks(json)).toEqual([{ path: ['article', 'title'], wrong: title, right: undefined, hasRight: false }]);
    expect(fixturePasses('ferry-dateline', DOC, json)).toBe(false);
  });

  it('marks fields with the values a labeller reads: the fixture passes once the parser gives them', () => {
    const { code, dir } = add(DOC, ['--wrong', 'dateline.place=Arkhangelsk', '--wrong', 'tags=["ferries"]', '--wrong', 'article.lead=null']);
    expect(code).toBe(0);
    const json = readJson(join(dir, 'ferry-dateline.json'));
    expect(findMarks(json).map((m) => [m.path.join('.'), m.right])).toEqual([
      ['article.dateline.place', 'Arkhangelsk'],
      ['article.lead', null],
      ['article.tags', ['ferries']],
    ]);
    expect(fixturePasses('ferry-dateline', DOC, json)).toBe(false);
    // A parser that gave those values would pass: the comparison reads each mark as its right value.
    const fixed = withRightValues(json) as { article: { dateline: { place: string } } };
    expect(fixed.article.dateline.place).toBe('Arkhangelsk');
  });

  it('marks a record field of a corpus fixture by its number', () => {
    const { code, dir } = add(TWO_DOCS, ['multiple-two', '--wrong', '1.title']);
    expect(code).toBe(0);
    expect(findMarks(readJson(join(dir, 'multiple-two.json'))).map((m) => m.path)).toEqual([[1, 'article', 'title']]);
  });

  it('keeps the marks made before when run again on the same document', () => {
    const first = add(DOC, ['--wrong', 'title']);
    const again = add(DOC, ['--wrong', 'dateline.agency=RIA'], 'ferry-dateline.txt', first.dir);
    expect(again.code).toBe(0);
    expect(findMarks(readJson(join(first.dir, 'ferry-dateline.json'))).map((m) => m.path.join('.'))).toEqual(['article.title', 'article.dateline.agency']);
  });
});

describe('fixture:add refuses', () => {
  it('an unknown field, a corpus field without its record number, a name that is not kebab-case', () => {
    expect(add(DOC, ['--wrong', 'headline']).code).toBe(2);
    expect(add(DOC, ['--wrong', 'dateline.town']).code).toBe(2);
    expect(add(TWO_DOCS, ['multiple-x', '--wrong', 'title']).code).toBe(2);
    expect(add(DOC, ['Ferry_Dateline']).code).toBe(2);
    expect(add(DOC, ['ferry-dateline', 'extra']).code).toBe(2);
    expect(add(DOC, ['--bogus']).code).toBe(2);
  });

  it('writes nothing when it refuses', () => {
    const refused = add(DOC, ['--wrong', 'headline']);
    expect(existsSync(refused.dir)).toBe(false);
  });

  it('a name already taken by another text', () => {
    const first = add(DOC);
    const other = add(DOC.replace('Monday', 'Tuesday'), [], 'ferry-dateline.txt', first.dir);
    expect(other.code).toBe(1);
    expect(readFileSync(join(first.dir, 'ferry-dateline.txt'), 'utf8')).toBe(DOC);
  });

  it.runIf(hasCorpus() || process.env['NEWSDOC_CORPUS'] === 'required')('a document that holds a line of a real corpus page', () => {
    const docs = join(CORPUS_DIR, 'docs');
    const file = readdirSync(docs).sort()[0] ?? '';
    const line = readFileSync(join(docs, file), 'utf8').split(/\r?\n/).find((l) => l.trim().length >= 60 && !/^\/\s?html/.test(l.trim())) ?? '';
    expect(line).not.toBe('');
    // The real line is read at run time and never stored here.
    const refused = add(`${DOC}\r\n${line}\r\n`);
    expect(refused.code).toBe(1);
    expect(existsSync(refused.dir)).toBe(false);
  });
});

describe('fixture:add and fixtures:update: what becomes of a mark', () => {
  const result = asExpected(newsdoc.parseArticle(DOC)) as { article: { title: string } };
  const marked = { ...result, article: { ...result.article, title: { $wrong: result.article.title } } };

  it('stays while the parser gives the value marked wrong', () => {
    const { value, notes } = carryMarks(marked, result);
    expect(value).toEqual(marked);
    expect(notes).toHaveLength(1);
  });

  it('goes when the parser gives another value, which is then the value to review', () => {
    const next = { ...result, article: { ...result.article, title: 'Ferry service resumes' } };
    expect(carryMarks(marked, next).value).toEqual(next);
  });

  it('with a right value: goes when the parser gives it, stays (updated) when it gives a third one', () => {
    const withRight = { ...result, article: { ...result.article, title: { $wrong: result.article.title, $right: 'Ferry service resumes' } } };
    const fixed = { ...result, article: { ...result.article, title: 'Ferry service resumes' } };
    expect(carryMarks(withRight, fixed).value).toEqual(fixed);
    const third = { ...result, article: { ...result.article, title: 'Ferry' } };
    expect(carryMarks(withRight, third).value).toEqual({ ...result, article: { ...result.article, title: { $wrong: 'Ferry', $right: 'Ferry service resumes' } } });
  });
});

describe('npm run fixture:add', () => {
  it('runs the script from the command line', () => {
    const source = join(scratch, 'cli-ferry.txt');
    writeFileSync(source, DOC, 'utf8');
    const dir = join(scratch, 'cli-fixtures');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const done = spawnSync(npm, ['run', '--silent', 'fixture:add', '--', source, 'cli-ferry', '--dir', dir, '--wrong', 'title'], { cwd: root, encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cli-ferry.txt'), 'utf8')).toBe(DOC);
    expect(findMarks(readJson(join(dir, 'cli-ferry.json'))).map((m) => m.path.join('.'))).toEqual(['article.title']);
  });
});
