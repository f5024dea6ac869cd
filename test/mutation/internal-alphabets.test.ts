/**
 * The letters each language writes (`detectLanguage` rules out the languages a text's
 * letters forbid): every letter of every alphabet carries that language's bit, and no
 * other letter does. An emptied alphabet fails its own row here.
 */
import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES } from '../../src/internal/alphabets.js';
import { STOPWORD_LANGUAGES, type StopwordLanguage } from '../../src/internal/stopwords.js';

// Latin-script languages: their letters beyond a–z; Cyrillic-script ones: the whole lower-case alphabet.
const ALPHABETS: Readonly<Record<StopwordLanguage, string>> = {
  en: '', it: 'àèéìíîòóù', es: 'áéíñóúü', fr: 'àâæçèéêëîïôœùûüÿ', de: 'äöüß', pt: 'àáâãçéêíóôõú', nl: 'áéèëïóöü',
  pl: 'ąćęłńóśźż', ro: 'ăâîșşțţ', sr: 'čćđšžабвгдђежзијклљмнњопрстћуфхцчџш', hr: 'čćđšž', sl: 'čšž',
  cs: 'áčďéěíňóřšťúůýž', sk: 'áäčďéíĺľňóôŕšťúýž', hu: 'áéíóöőúüű', tr: 'âçğıîöşü', sv: 'åäöé', da: 'åæøé',
  no: 'åæøéóòô', fi: 'äåöšž', et: 'äöõüšž', lt: 'ąčęėįšūųž', lv: 'āčēģīķļņšūž', ca: 'àçèéíïòóúü',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ', mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
};

/** The languages whose bit a letter's mask has. */
const languagesOf = (code: number): StopwordLanguage[] => STOPWORD_LANGUAGES.filter((_, i) => ((LETTER_LANGUAGES.get(code) ?? 0) >> i) & 1);

describe('LETTER_LANGUAGES', () => {
  it.each(STOPWORD_LANGUAGES.map((language) => [language, ALPHABETS[language]] as const))('%s writes exactly the letters %s', (language, letters) => {
    const listed = new Set([...letters].map((ch) => ch.charCodeAt(0)));
    const written = [...LETTER_LANGUAGES.keys()].filter((code) => languagesOf(code).includes(language));
    expect(written.sort((a, b) => a - b)).toEqual([...listed].sort((a, b) => a - b));
  });

  it('lists no basic Latin letter and no letter no alphabet has', () => {
    for (const ch of 'azAZ0 ') expect(LETTER_LANGUAGES.has(ch.charCodeAt(0))).toBe(false);
    for (const ch of 'əơқ') expect(LETTER_LANGUAGES.has(ch.charCodeAt(0))).toBe(false);
  });

  it('gives a letter several alphabets share the bit of each', () => {
    expect(languagesOf('ł'.charCodeAt(0))).toEqual(['pl']);
    expect(languagesOf('ș'.charCodeAt(0))).toEqual(['ro']);
    expect(languagesOf('ы'.charCodeAt(0))).toEqual(['ru', 'be']);
    expect(languagesOf('ђ'.charCodeAt(0))).toEqual(['sr']);
    expect(languagesOf('ž'.charCodeAt(0))).toEqual(['sr', 'hr', 'sl', 'cs', 'sk', 'fi', 'et', 'lt', 'lv']);
  });
});
