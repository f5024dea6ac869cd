/**
 * The command line of `newsdoc`, read in-process (the built command is tested in
 * test/dist/cli.test.ts, where the mutation run cannot see it): every option's default,
 * its values, the terminal defaults, and each combination that is refused.
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';

import { ARTICLE_FIELDS, HELP, readCommand, UsageError, type Command } from '../../src/cli/args.js';

const read = (argv: readonly string[], stdoutIsTty = false, stderrIsTty = false): Command => readCommand(argv, stdoutIsTty, stderrIsTty);

/** The UsageError `argv` is refused with (never its wording). */
function refused(argv: readonly string[], stdoutIsTty = false): UsageError {
  let caught: unknown = null;
  try {
    read(argv, stdoutIsTty);
  } catch (error) {
    caught = error;
  }
  expect(caught, argv.join(' ')).toBeInstanceOf(UsageError);
  return caught as UsageError;
}

describe('readCommand', () => {
  it('gives every default for an empty command line, off a terminal', () => {
    expect(read([])).toEqual({
      help: false,
      version: false,
      inputs: ['-'],
      input: 'dump',
      format: 'ndjson',
      output: null,
      fields: undefined,
      sections: false,
      entries: false,
      jobs: availableParallelism(),
      errors: null,
      stats: false,
      quiet: false,
      progress: false,
      failOn: null,
      repair: 'none',
      maxDocumentSize: undefined,
      extensions: ['.txt'],
      positions: 'source',
      boilerplate: null,
    });
  });

  it('reads every option, long and short', () => {
    const command = read([
      '--input', 'jsonl', '--format', 'csv', '-o', 'out.csv', '--fields', ' date , url,,title ', '--sections',
      '-j', '3', '--errors', 'err.ndjson', '--stats', '-q', '--fail-on', 'warning', '--repair', 'safe',
      '--max-document-size', '1000', '--ext', 'txt,.dump', '--positions', 'document', '--boilerplate', 'p.json',
      'a.txt', 'dir',
    ]);
    expect(command).toEqual({
      help: false,
      version: false,
      inputs: ['a.txt', 'dir'],
      input: 'jsonl',
      format: 'csv',
      output: 'out.csv',
      fields: ['date', 'url', 'title'],
      sections: true,
      entries: false,
      jobs: 3,
      errors: 'err.ndjson',
      stats: true,
      quiet: true,
      progress: false,
      failOn: 'warning',
      repair: 'safe',
      maxDocumentSize: 1000,
      extensions: ['.txt', '.dump'],
      positions: 'document',
      boilerplate: 'p.json',
    });
  });

  it('reads -h, -v, --help, --version and --entries', () => {
    expect(read(['-h'])).toMatchObject({ help: true, version: false });
    expect(read(['--help'])).toMatchObject({ help: true });
    expect(read(['-v'])).toMatchObject({ version: true, help: false });
    expect(read(['--version'])).toMatchObject({ version: true });
    expect(read(['--entries'])).toMatchObject({ entries: true, format: 'ndjson' });
    expect(read(['--entries', '--format', 'json'])).toMatchObject({ entries: true, format: 'json' });
    expect(read(['--quiet'])).toMatchObject({ quiet: true });
    expect(read(['--output', 'x'])).toMatchObject({ output: 'x' });
    expect(read(['--jobs', '1'])).toMatchObject({ jobs: 1 });
    expect(read(['--fail-on', 'error'])).toMatchObject({ failOn: 'error' });
  });

  it('takes every format and input mode', () => {
    for (const format of ['ndjson', 'json', 'csv', 'text', 'canonical', 'ninjs', 'dolma'] as const) expect(read(['--format', format]).format).toBe(format);
    for (const input of ['dump', 'jsonl', 'paths'] as const) expect(read(['--input', input]).input).toBe(input);
    expect(read(['--positions', 'source']).positions).toBe('source');
    expect(read(['--repair', 'none']).repair).toBe('none');
  });

  it('writes text to a terminal, and ndjson to a file, with --entries or off a terminal', () => {
    expect(read([], true).format).toBe('text');
    expect(read([], false).format).toBe('ndjson');
    expect(read(['-o', 'x.ndjson'], true).format).toBe('ndjson');
    expect(read(['--entries'], true).format).toBe('ndjson');
    expect(read(['--format', 'csv'], true).format).toBe('csv');
  });

  it('shows progress only on a terminal standard error, and not with --quiet', () => {
    expect(read([], false, true).progress).toBe(true);
    expect(read([], true, false).progress).toBe(false);
    expect(read(['-q'], false, true).progress).toBe(false);
  });

  it('keeps an extension that has its dot, and adds one that has none', () => {
    expect(read(['--ext', '.dump']).extensions).toEqual(['.dump']);
    expect(read(['--ext', 'md']).extensions).toEqual(['.md']);
  });

  it('takes every article field, and an empty --fields as no field', () => {
    expect(read(['--fields', ARTICLE_FIELDS.join(',')]).fields).toEqual(ARTICLE_FIELDS);
    expect(read(['--fields', '']).fields).toEqual([]);
    expect(read(['--fields', ' , ']).fields).toEqual([]);
  });

  it('refuses an unknown option, a missing value, and unknown values', () => {
    for (const argv of [
      ['--nope'],
      ['--format'],
      ['--format', 'xml'],
      ['--input', 'csv'],
      ['--repair', 'all'],
      ['--positions', 'page'],
      ['--fail-on', 'info'],
      ['--fields', 'date,colour'],
      ['--fields', 'Date'],
    ]) refused(argv);
  });

  it('takes only positive whole numbers for --jobs and --max-document-size', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '', ' 2', '2 ', '1e3', '00']) {
      refused(['--jobs', bad]);
      refused(['--max-document-size', bad]);
    }
    expect(read(['--jobs', '007']).jobs).toBe(7);
    expect(read(['--max-document-size', '1']).maxDocumentSize).toBe(1);
  });

  it('refuses --fields and --sections with --format canonical', () => {
    refused(['--format', 'canonical', '--fields', 'date']);
    refused(['--format', 'canonical', '--sections']);
    refused(['--format', 'canonical', '--fields', '']);
    expect(read(['--format', 'canonical']).format).toBe('canonical');
  });

  it('refuses --entries with any format but ndjson and json', () => {
    for (const format of ['csv', 'text', 'canonical', 'ninjs', 'dolma']) refused(['--entries', '--format', format]);
    expect(read(['--entries'], true).format).toBe('ndjson');
  });

  it('refuses --fields and --sections with --entries, ninjs and dolma', () => {
    for (const extra of [['--fields', 'date'], ['--sections'], ['--fields', '']]) {
      refused(['--entries', ...extra]);
      refused(['--format', 'ninjs', ...extra]);
      refused(['--format', 'dolma', ...extra]);
      expect(read(['--format', 'json', ...extra]).format).toBe('json');
      expect(read(['--format', 'csv', ...extra]).format).toBe('csv');
    }
  });

  it('names the error UsageError', () => {
    expect(refused(['--nope']).name).toBe('UsageError');
    expect(new UsageError('x').name).toBe('UsageError');
  });

  it('lists every article field in the help', () => {
    expect(HELP).toContain(ARTICLE_FIELDS.join(', '));
  });
});
