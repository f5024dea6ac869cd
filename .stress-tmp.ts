import fc from 'fast-check';
import { applyFixes, findBodyIssues } from './src/internal/body-checks.ts';
const pieces = fc.constantFrom(
  ' ', ' ', '  ', '.', ',', ';', ':', '!', '?', '&', '& ', 'amp;', 'lt;', 'nbsp;', 'quot;', '#', '#39;', '#46;',
  '#32;', '#x41;', '&amp;', '&nbsp;', '&quot;', '&raquo;', '&#39;', '&#160;', 'The', 'In', 'At', 'Situation',
  'Diplomats', 'with', 'things', 'Ukraine', 'e', 'g', 'x', 'B', 'U', 'S', 'T', 'he', 'ria', 'ru', 'com', 'www',
  '/', '@', '"', ')', '’', 'é', 'É', '3', '5', 'recent', 'years', '\n', '\u00a0', 'Ab', 'cd', 'Vladimir', '&#150;', '&lt;', 'a', 'Xy',
);
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), fc.string({ unit: fc.constantFrom('a', 'B', '.', ' ', '&', ';', 'l', 't', '#', '3', '9', '"', ',', 'T', 'h') , maxLength: 40}));
fc.assert(
  fc.property(texts, fc.nat(), (text, a) => {
    const from = text.length === 0 ? 0 : a % (text.length + 1);
    const once = applyFixes(text, from, text.length, findBodyIssues(text, from, text.length));
    const twice = applyFixes(once, 0, once.length, findBodyIssues(once, 0, once.length));
    if (twice !== once) throw new Error(JSON.stringify({ text, from, once, twice }));
  }),
  { numRuns: Number(process.env.RUNS ?? 300000) },
);
console.log('ok');
