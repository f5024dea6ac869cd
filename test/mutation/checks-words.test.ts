/**
 * The word lists of the body checks and the checks that read them (issue 13): every
 * sentence starter after a glued word, a drop cap and a run-in heading; every camel-case
 * name; every small word of a heading; and the limits of those three checks (word
 * lengths, heading sizes, range ends, what may stand before and after).
 */
import { describe, expect, it } from 'vitest';
import { findBodyIssues, type BodyIssue } from '../../src/parse/body/checks.js';

function issuesOf(text: string): BodyIssue[] {
  return findBodyIssues(text, 0, text.length);
}

/** `[code, start, end]` of each issue. */
function spans(issues: readonly BodyIssue[]): [string, number, number][] {
  return issues.map(({ code, start, end }) => [code, start, end]);
}

/** The issue a glue without punctuation gives: the two letters at the seam, no fix. */
function seam(text: string, word: string, at = text.indexOf(word)): BodyIssue {
  const q = at + word.length;
  return { code: 'BODY_GLUED_SENTENCE', start: q - 1, end: q + 1, fix: null };
}

/** The run-in heading issue for `heading`, found in `text`. */
function heading(text: string, words: string): BodyIssue {
  const start = text.indexOf(words);
  return { code: 'BODY_RUN_IN_HEADING', start, end: start + words.length, fix: null };
}

const STARTERS = [
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These',
  'Those', 'According', 'After', 'As', 'But', 'However', 'Meanwhile', 'Earlier', 'Later',
  'There', 'When', 'While', 'Since', 'Despite', 'Following', 'During', 'His', 'Her', 'Their',
  'Its', 'Our', 'Many', 'Some',
];

const CAMEL_CASE_NAMES = ['LinkedIn', 'CheckIn', 'SignIn', 'PlugIn', 'WalkIn', 'DriveIn', 'BuiltIn', 'TurnOn', 'ThinkThe', 'StandAt'];

const SMALL_WORDS = ['of', 'with', 'in', 'the', 'and', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'from', 'or'];

describe('glue without punctuation: the sentence starters and camel-case names', () => {
  it.each(STARTERS)('reports %j glued to the word before it', (starter) => {
    const text = `Talks went on in Ukraine${starter} talks resumed later.`;
    expect(issuesOf(text)).toEqual([seam(text, 'Ukraine')]);
  });

  it('reports no other capitalised word glued to a word, 10 letters or more among them', () => {
    for (const word of ['Moscow', 'Afterwards', 'Nevertheless', 'Thereafter', 'Tomorrow']) {
      expect(issuesOf(`Talks went on in Ukraine${word} talks resumed.`)).toEqual([]);
    }
  });

  it.each(CAMEL_CASE_NAMES)('reports no glue in the camel-case name %j', (name) => {
    expect(issuesOf(`Staff at the ${name} desk said it was busy.`)).toEqual([]);
  });

  it('reports a camel-case word that is not a listed name', () => {
    const text = 'Only LoggedIn users could vote.';
    expect(issuesOf(text)).toEqual([seam(text, 'Logged')]);
  });
});

describe('glue without punctuation: the word before the starter', () => {
  it('needs four letters or more: Kiev and Riga count, Rio does not', () => {
    const kiev = 'Rain fell in KievIn the morning.';
    expect(issuesOf(kiev)).toEqual([seam(kiev, 'Kiev')]);
    const riga = 'Talks in RigaAt last ended.';
    expect(issuesOf(riga)).toEqual([seam(riga, 'Riga')]);
    expect(issuesOf('Talks in RioIn the morning ended.')).toEqual([]);
    expect(issuesOf('Talks in RioAt last ended.')).toEqual([]);
  });

  it('is reported at the very start of the paragraph', () => {
    const text = 'UkraineIn the east, officials said.';
    expect(issuesOf(text)).toEqual([{ code: 'BODY_GLUED_SENTENCE', start: 6, end: 8, fix: null }]);
  });

  it('must start a word: a capital inside a word (McDonald) is no left word', () => {
    expect(issuesOf('Shares of McDonaldIn the morning fell.')).toEqual([]);
    expect(issuesOf('Fans of PlayStationThe game sold well.')).toEqual([]);
  });

  it('is read from the start of the range, not from the letters before it', () => {
    // The range starts at the capital: the letter before it is outside and not read.
    const input = 'xUkraineIn the east';
    expect(findBodyIssues(input, 1, input.length)).toEqual([seam(input, 'Ukraine')]);
    // The range starts inside the word: its capital is outside, so there is no left word.
    const cut = 'UkraineIn the east';
    expect(findBodyIssues(cut, 1, cut.length)).toEqual([]);
    expect(findBodyIssues(`Talks in ${cut}`, 10, 9 + cut.length)).toEqual([]);
  });
});

describe('glue without punctuation: what follows the starter', () => {
  it('must be a space and a letter', () => {
    expect(issuesOf("Snow fell in UkraineIt's cold, officials said.")).toEqual([]);
    expect(issuesOf('Snow fell in UkraineIn, the east.')).toEqual([]);
    expect(issuesOf('Snow fell in UkraineIn 2023 prices rose.')).toEqual([]);
    expect(issuesOf('Snow fell in UkraineIn-house talks.')).toEqual([]);
  });

  it('must lie inside the range', () => {
    const input = 'More tension in UkraineIn the east';
    const after = input.indexOf('In the') + 2;
    expect(findBodyIssues(input, 0, after)).toEqual([]);
    expect(findBodyIssues(input, 0, after + 1)).toEqual([]);
    expect(findBodyIssues(input, 0, after + 2)).toEqual([seam(input, 'Ukraine')]);
  });
});

describe('drop caps: the sentence starters', () => {
  it.each(STARTERS)('reports a drop cap before %j', (starter) => {
    expect(issuesOf(`B.${starter} least six people were hurt.`)).toEqual([{ code: 'BODY_DROP_CAP', start: 0, end: 2, fix: null }]);
  });

  it('reports none before another word, 10 letters or more among them', () => {
    for (const word of ['Afterwards', 'Moscow', 'Yesterday', 'Nevertheless']) {
      expect(issuesOf(`B.${word} six people were hurt.`)).toEqual([]);
    }
  });

  it('reads past blanks at the start of the paragraph', () => {
    expect(issuesOf('  B.At least six people were hurt.')).toEqual([{ code: 'BODY_DROP_CAP', start: 2, end: 4, fix: null }]);
    expect(issuesOf('\t\u00a0B.At least six.')).toEqual([{ code: 'BODY_DROP_CAP', start: 2, end: 4, fix: null }]);
    const input = 'Headline\n\n B.In the east, six were hurt.';
    expect(findBodyIssues(input, 10, input.length)).toEqual([{ code: 'BODY_DROP_CAP', start: 11, end: 13, fix: null }]);
  });

  it('needs a capital and a full stop', () => {
    expect(issuesOf('b.At least six people were hurt.')).toEqual([]);
    expect(issuesOf('B,At least six people were hurt.')).toEqual([]);
    expect(issuesOf('3.At least six people were hurt.')).toEqual([]);
  });

  it('needs a space and a lower-case word after the starter', () => {
    expect(issuesOf('B.At-large members voted.')).toEqual([]);
    expect(issuesOf('B.In 2023 six people were hurt.')).toEqual([]);
    expect(issuesOf('B.At Least six people were hurt.')).toEqual([]);
  });

  it('needs the lower-case word inside the range', () => {
    const input = 'B.At least six';
    expect(findBodyIssues(input, 0, 4)).toEqual([]);
    expect(findBodyIssues(input, 0, 5)).toEqual([]);
    expect(findBodyIssues(input, 0, 6)).toEqual([{ code: 'BODY_DROP_CAP', start: 0, end: 2, fix: null }]);
  });
});

describe('run-in headings: the word lists', () => {
  it.each(STARTERS)('reports a heading before the sentence starter %j', (starter) => {
    const text = `Talks ended. Gas Prices ${starter} recent weeks were calm.`;
    expect(issuesOf(text)).toEqual([heading(text, 'Gas Prices')]);
  });

  it.each(SMALL_WORDS)('reads the small word %j inside a heading', (word) => {
    const text = `Talks ended. Prices ${word} Europe In recent weeks, traders said.`;
    expect(issuesOf(text)).toEqual([heading(text, `Prices ${word} Europe`)]);
  });

  it('ends the heading at a lower-case word that is not a small word', () => {
    expect(issuesOf('Talks ended. Gas Prices across Europe According to traders, prices rose.')).toEqual([]);
  });

  it('counts a short capitalised word as a content word', () => {
    const text = 'Talks ended. Gas Bills In recent weeks, prices rose.';
    expect(issuesOf(text)).toEqual([heading(text, 'Gas Bills')]);
  });
});

describe('run-in headings: sizes', () => {
  it('takes two to six words', () => {
    const six = 'It ended. Talks Between Russia and Ukraine Resume In recent weeks, envoys met.';
    expect(issuesOf(six)).toEqual([heading(six, 'Talks Between Russia and Ukraine Resume')]);
    const two = 'It ended. Oil Prices In recent weeks rose.';
    expect(issuesOf(two)).toEqual([heading(two, 'Oil Prices')]);
    expect(issuesOf('It ended. Prices In recent weeks rose.')).toEqual([]);
    expect(issuesOf('It ended. Talks Between Russia and Ukraine Resume Again In recent weeks, envoys met.')).toEqual([]);
  });

  it('needs two capitalised words that are not small words; the starter is not one', () => {
    expect(issuesOf('It ended. The Prices According to traders, prices rose.')).toEqual([]);
    expect(issuesOf('It ended. Prices of the Day According to traders, prices rose.')).toEqual([
      heading('It ended. Prices of the Day According to traders, prices rose.', 'Prices of the Day'),
    ]);
  });

  it('must start and end with a capitalised word', () => {
    expect(issuesOf('It ended. the Gas Prices In recent weeks, traders said.')).toEqual([]);
    expect(issuesOf('Talks stalled. Prices for Oil and In recent weeks, traders said.')).toEqual([]);
  });

  it('is none where the sentence begins right after the stop with a starter and a lower-case word', () => {
    expect(issuesOf('Talks stalled. At the Black Sea Summit In recent weeks, leaders met.')).toEqual([]);
  });
});

describe('run-in headings: what stands around them', () => {
  it('reads the heading however the input itself starts', () => {
    const text = '2023 ended badly. Gas Prices in Europe According to traders, prices rose.';
    expect(issuesOf(text)).toEqual([heading(text, 'Gas Prices in Europe')]);
  });

  it('follows a letter, a digit or a closing mark and the stop, not an ellipsis', () => {
    const digit = 'Turnout was 64. Gas Prices in Europe According to traders, prices rose.';
    expect(issuesOf(digit)).toEqual([heading(digit, 'Gas Prices in Europe')]);
    const closing = 'They met (in Moscow). Gas Prices in Europe According to traders, prices rose.';
    expect(issuesOf(closing)).toEqual([heading(closing, 'Gas Prices in Europe')]);
    expect(issuesOf('It ended... Gas Prices in Europe According to traders, prices rose.')).toEqual([]);
  });

  it('follows a space after the stop, or a glued stop', () => {
    const glued = 'These things.Situation with Visas In recent years, many left.';
    expect(spans(issuesOf(glued))).toEqual([
      ['BODY_GLUED_SENTENCE', 11, 14],
      ['BODY_RUN_IN_HEADING', 13, 33],
    ]);
    expect(glued.slice(13, 33)).toBe('Situation with Visas');
    expect(issuesOf('"Enough."Gas Prices In recent weeks, traders said.')).toEqual([]);
  });

  it('needs the stop inside the range', () => {
    const input = 'Relations improved. The Situation with Diplomats In recent years, embassies were cut.';
    const stop = input.indexOf('.');
    expect(findBodyIssues(input, stop, input.length)).toEqual([]);
    expect(findBodyIssues(input, stop - 1, input.length)).toEqual([heading(input, 'The Situation with Diplomats')]);
  });

  it('needs a word after the starter, inside the range', () => {
    expect(issuesOf('It ended. Gas Prices In 2023 prices rose.')).toEqual([]);
    expect(issuesOf('It ended. Gas Prices In (recent) weeks prices rose.')).toEqual([]);
    const input = 'It ended. Gas Prices In recent weeks';
    const starter = input.indexOf('In ');
    expect(findBodyIssues(input, 0, starter + 2)).toEqual([]);
    expect(findBodyIssues(input, 0, starter + 3)).toEqual([]);
    expect(findBodyIssues(input, 0, starter + 4)).toEqual([heading(input, 'Gas Prices')]);
  });

  it('is none where a word of it does not end at a space', () => {
    expect(issuesOf('It ended. Post-War Europe Today According to historians, it grew.')).toEqual([]);
    const input = 'It ended. Gas Prices In recent weeks';
    expect(findBodyIssues(input, 0, input.indexOf('Prices') + 6)).toEqual([]);
  });
});
