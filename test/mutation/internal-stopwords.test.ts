/**
 * The stopword lists of `detectLanguage`: every language's list is there (words only it
 * writes carry its bit alone), shared words carry the bit of every list that holds them,
 * and the hashed look-up finds a word only where the text holds it. An emptied list fails
 * its own row here.
 */
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../src/internal/hash.js';
import { MAX_STOPWORD_LENGTH, STOPWORD_LANGUAGES, STOPWORDS, stopwordMask, type StopwordLanguage } from '../../src/internal/stopwords.js';

const bit = (language: StopwordLanguage): number => 1 << STOPWORD_LANGUAGES.indexOf(language);
const maskOf = (...languages: StopwordLanguage[]): number => languages.reduce((mask, language) => mask | bit(language), 0);

// Words of one list only, three for each language.
const OWN_WORDS: Readonly<Record<StopwordLanguage, readonly string[]>> = {
  en: ['the', 'of', 'and'], it: ['della', 'che', 'non'], es: ['los', 'las', 'según'], fr: ['est', 'une', 'dans'],
  de: ['der', 'und', 'nicht'], pt: ['os', 'dos', 'em'], nl: ['het', 'een', 'dat'], pl: ['w', 'się', 'nie'],
  ro: ['și', 'şi', 'în'], sr: ['posle', 'gde', 'ovde'], hr: ['poslije', 'prije', 'gdje'], sl: ['pa', 'tudi', 'kot'],
  cs: ['jako', 'pro', 'jsou'], sk: ['ako', 'vo', 'sú'], hu: ['az', 'hogy', 'egy'], tr: ['bir', 'bu', 'için'],
  sv: ['och', 'att', 'är'], da: ['af', 'sagde', 'siger'], no: ['seg', 'etter', 'sier'], fi: ['että', 'hän', 'mukaan'],
  et: ['see', 'mis', 'kui'], lt: ['yra', 'kad', 'iš'], lv: ['uz', 'kas', 'arī'], ca: ['els', 'amb', 'dels'],
  ru: ['что', 'это', 'как'], uk: ['що', 'та', 'це'], be: ['ў', 'гэта', 'па'], bg: ['че', 'това', 'като'], mk: ['ќе', 'кој', 'кои'],
};

const lookUp = (word: string): number => stopwordMask(word, 0, word.length, fnv1a32(word));

describe('stopword lists', () => {
  it('has a list for each of the 29 languages, in the order of their bits', () => {
    expect(STOPWORD_LANGUAGES).toEqual(['en', 'it', 'es', 'fr', 'de', 'pt', 'nl', 'pl', 'ro', 'sr', 'hr', 'sl', 'cs', 'sk', 'hu', 'tr', 'sv', 'da', 'no', 'fi', 'et', 'lt', 'lv', 'ca', 'ru', 'uk', 'be', 'bg', 'mk']);
  });

  it.each(STOPWORD_LANGUAGES.map((language) => [language, OWN_WORDS[language]] as const))('%s: its own words carry its bit alone', (language, words) => {
    for (const word of words) {
      expect(STOPWORDS.get(word)).toBe(bit(language));
      expect(lookUp(word)).toBe(bit(language));
    }
  });

  it('gives a word several lists hold the bit of each', () => {
    expect(STOPWORDS.get('to')).toBe(maskOf('en', 'pl', 'cs', 'sk', 'lv'));
    expect(STOPWORDS.get('in')).toBe(maskOf('en', 'it', 'de', 'nl', 'ro', 'sl'));
    expect(STOPWORDS.get('la')).toBe(maskOf('it', 'es', 'fr', 'ro', 'ca'));
    expect(lookUp('da')).toBe(maskOf('it', 'pt', 'sr', 'hr', 'sl', 'tr'));
  });

  it('holds no empty word, and its longest word is `predsjednika`', () => {
    expect(STOPWORDS.has('')).toBe(false);
    expect(MAX_STOPWORD_LENGTH).toBe('predsjednika'.length);
    expect(lookUp('predsjednika')).toBe(maskOf('hr'));
  });
});

describe('stopwordMask', () => {
  it('reads the word where it stands in a longer text', () => {
    const text = 'Oggi della città';
    expect(stopwordMask(text, 5, 10, fnv1a32('della'))).toBe(bit('it'));
  });

  it('is 0 for a word no list holds', () => {
    expect(lookUp('harbour')).toBe(0);
    expect(lookUp('The')).toBe(0);
  });

  it('is 0 when the text there is not the stopword of that hash: longer, or other letters', () => {
    expect(stopwordMask('theme', 0, 5, fnv1a32('the'))).toBe(0);
    expect(stopwordMask('abc', 0, 3, fnv1a32('the'))).toBe(0);
    expect(stopwordMask('xthe', 0, 3, fnv1a32('the'))).toBe(0);
  });
});
