/**
 * The letters each language with a stopword list writes, used by `detectLanguage` to tell
 * which languages a text's letters allow: a text that writes `ł ą ę` is no Czech, one that
 * writes `ы` is no Ukrainian, one that writes `ș ț ă` is only Romanian.
 *
 * Latin-script languages list only their letters beyond `a`–`z` (English none), since every
 * one of them writes the basic 26. Cyrillic-script languages list their whole lower-case
 * alphabet, as they differ in basic letters too (Serbian has no `й щ ь ю я`). Romanian
 * lists the cedilla forms `ş ţ` beside the comma forms, as older texts use them; Turkish
 * `İ` lower-cases to `i` and a combining dot, which the scanner skips.
 */
import { STOPWORD_LANGUAGES, type StopwordLanguage } from './stopwords.js';

const ALPHABETS: Readonly<Partial<Record<StopwordLanguage, string>>> = {
  it: 'àèéìíîòóù',
  es: 'áéíñóúü',
  fr: 'àâæçèéêëîïôœùûüÿ',
  de: 'äöüß',
  pt: 'àáâãçéêíóôõú',
  nl: 'áéèëïóöü',
  pl: 'ąćęłńóśźż',
  ro: 'ăâîșşțţ',
  sr: 'čćđšžабвгдђежзијклљмнњопрстћуфхцчџш',
  hr: 'čćđšž',
  sl: 'čšž',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  tr: 'âçğıîöşü',
  sv: 'åäöé',
  da: 'åæøé',
  no: 'åæøéóòô',
  fi: 'äåöšž',
  et: 'äöõüšž',
  lt: 'ąčęėįšūųž',
  lv: 'āčēģīķļņšūž',
  ca: 'àçèéíïòóúü',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
};

/**
 * Every letter some alphabet lists, mapped to the bit mask of the languages that write it
 * (bits as in `STOPWORD_LANGUAGES`). A letter of the script that no alphabet lists (`ə`,
 * `ơ`, `қ`) is foreign to all of them.
 */
export const LETTER_LANGUAGES: ReadonlyMap<number, number> = /* @__PURE__ */ buildLetterTable();

function buildLetterTable(): Map<number, number> {
  const table = new Map<number, number>();
  STOPWORD_LANGUAGES.forEach((language, bit) => {
    const letters = ALPHABETS[language] ?? '';
    for (let i = 0; i < letters.length; i++) {
      const code = letters.charCodeAt(i);
      table.set(code, (table.get(code) ?? 0) | (1 << bit));
    }
  });
  return table;
}
