/**
 * The built-in language detector (src/normalize/detect-language.ts), behaviours a mutation run
 * (issue 13) found untested: which script each block of Unicode counts for, where a word
 * ends, the letters that mark Urdu and Persian, the share of kana that makes Japanese, and
 * when the stopwords are too thin or contradict the letters.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, identifyLanguage } from '../../src/normalize/detect-language.js';

/** The scripts whose letters alone name a language, by that language. */
const BY_LANGUAGE: Readonly<Record<string, string>> = {
  el: 'greek',
  hy: 'armenian',
  ka: 'georgian',
  he: 'hebrew',
  th: 'thai',
  ko: 'hangul',
  ja: 'kana',
  zh: 'han',
  ar: 'arabic',
  fa: 'arabic',
  ur: 'arabic',
};

/**
 * What the detector takes a character for, read from its answers to a few short texts:
 * a script that names a language by itself; else whether it is a letter (five of them
 * outweigh two Greek words), a combining mark (it joins two Greek letters into one word,
 * too few) or neither; a letter is Latin when it tips eleven Latin letters of English
 * stopwords over twelve Cyrillic ones of Russian, Cyrillic when it tips twelve Cyrillic
 * letters over twelve Latin ones (a tie goes to Latin), else of another script.
 */
function scriptOf(ch: string): string {
  const alone = identifyLanguage(`${ch} ${ch}`)?.language;
  if (alone !== undefined) return BY_LANGUAGE[alone] ?? alone;
  if (identifyLanguage(`${ch.repeat(5)} α β`) !== null) {
    return identifyLanguage(`α${ch}β`) === null ? 'mark' : 'none';
  }
  if (detectLanguage(`the said that что это заявил ${ch}`) === 'en') return 'latin';
  if (detectLanguage(`the would that что это заявил ${ch}`) === 'ru') return 'cyrillic';
  return 'other';
}

// Each range edge of the script table: the code point on either side and what Unicode's
// blocks make of it (the text is lower-cased first, so capitals read as their small letters).
const EDGES: readonly (readonly [number, string])[] = [
  // Basic Latin and Latin-1.
  [0x40, 'none'], // @
  [0x41, 'latin'], // A
  [0x5a, 'latin'], // Z
  [0x5b, 'none'], // [
  [0x60, 'none'], // `
  [0x61, 'latin'], // a
  [0x7a, 'latin'], // z
  [0x7b, 'none'], // {
  [0x7f, 'none'],
  [0x80, 'none'],
  [0xa9, 'none'], // ©
  [0xaa, 'latin'], // ª, a letter
  [0xab, 'none'], // «
  [0xb9, 'none'], // ¹
  [0xba, 'latin'], // º, a letter
  [0xbb, 'none'], // »
  [0xbf, 'none'], // ¿
  [0xc0, 'latin'], // À
  [0xd6, 'latin'], // Ö
  [0xd7, 'none'], // ×
  [0xd8, 'latin'], // Ø
  [0xdf, 'latin'], // ß
  [0xf6, 'latin'], // ö
  [0xf7, 'none'], // ÷
  [0xf8, 'latin'], // ø
  [0x24f, 'latin'], // ɏ, last of Latin Extended-B
  // IPA and spacing modifiers: no script; the combining diacritics.
  [0x250, 'none'], // ɐ
  [0x2ff, 'none'],
  [0x300, 'mark'], // combining grave
  [0x36f, 'mark'],
  // Greek and Coptic, but its two punctuation marks.
  [0x370, 'greek'],
  [0x37d, 'greek'],
  [0x37e, 'none'], // Greek question mark
  [0x37f, 'greek'],
  [0x386, 'greek'], // Ά
  [0x387, 'none'], // ano teleia
  [0x388, 'greek'], // Έ
  [0x3ff, 'greek'],
  // Cyrillic and its supplement, but the combining marks.
  [0x400, 'cyrillic'], // Ѐ
  [0x430, 'cyrillic'], // а
  [0x44f, 'cyrillic'], // я
  [0x481, 'cyrillic'], // ҁ
  [0x483, 'mark'], // combining titlo
  [0x489, 'mark'],
  [0x48a, 'cyrillic'], // Ҋ
  [0x52f, 'cyrillic'], // ԯ
  // Armenian, but its full stop and hyphen.
  [0x530, 'none'],
  [0x531, 'armenian'], // Ա
  [0x561, 'armenian'], // ա
  [0x588, 'armenian'],
  [0x589, 'none'], // Armenian full stop
  [0x58a, 'none'], // Armenian hyphen
  // Hebrew: points and accents, then letters.
  [0x590, 'none'],
  [0x591, 'mark'],
  [0x5c7, 'mark'],
  [0x5c8, 'none'],
  [0x5cf, 'none'],
  [0x5d0, 'hebrew'], // א
  [0x5f2, 'hebrew'], // ײ
  [0x5f3, 'none'], // geresh
  [0x5ff, 'none'],
  // Arabic: letters, harakat, digits and punctuation.
  [0x600, 'none'],
  [0x61f, 'none'], // Arabic question mark
  [0x620, 'arabic'],
  [0x64a, 'arabic'], // ي
  [0x64b, 'mark'], // fathatan
  [0x65f, 'mark'],
  [0x660, 'none'], // Arabic-Indic zero
  [0x66d, 'none'], // five-pointed star
  [0x66e, 'arabic'],
  [0x66f, 'arabic'],
  [0x671, 'arabic'], // alef wasla
  [0x6d3, 'arabic'],
  [0x6d4, 'none'], // Urdu full stop
  [0x6d5, 'arabic'], // ae
  [0x6d6, 'mark'],
  [0x6ed, 'mark'],
  [0x6f9, 'none'], // extended digit nine
  [0x6fa, 'arabic'],
  [0x6ff, 'arabic'],
  // Syriac; Arabic Supplement; Thaana up to Sinhala.
  [0x700, 'other'],
  [0x74f, 'other'],
  [0x750, 'arabic'],
  [0x77f, 'arabic'],
  [0x780, 'other'], // Thaana
  [0x8ff, 'other'],
  [0x900, 'other'], // Devanagari
  [0xdf4, 'other'], // Sinhala
  // Thai: consonants and vowels, signs, digits.
  [0xe01, 'thai'], // ก
  [0xe30, 'thai'],
  [0xe31, 'mark'], // mai han-akat
  [0xe3a, 'mark'],
  [0xe40, 'thai'], // เ
  [0xe46, 'thai'], // ๆ
  [0xe47, 'mark'],
  [0xe4e, 'mark'],
  [0xe4f, 'none'], // fongman
  [0xe50, 'none'], // Thai zero
  [0xe7f, 'none'],
  // Lao to Myanmar; Georgian; Hangul Jamo; Ethiopic to Cherokee.
  [0xe80, 'other'],
  [0x109f, 'other'],
  [0x10d0, 'georgian'], // ა
  [0x10ff, 'georgian'],
  [0x1c90, 'georgian'], // Mtavruli capital, lower-cased to Mkhedruli
  [0x1cbf, 'georgian'],
  [0x1100, 'hangul'], // choseong kiyeok
  [0x11ff, 'hangul'],
  [0x1200, 'other'], // Ethiopic
  [0x13fd, 'other'], // Cherokee small letter
  // Unified Canadian Aboriginal Syllabics: its hyphen; Khmer and Mongolian.
  [0x1400, 'none'],
  [0x177f, 'none'],
  [0x1780, 'other'], // Khmer
  [0x18aa, 'other'], // Mongolian
  [0x18b0, 'none'],
  [0x1cc0, 'none'],
  // Latin Extended Additional; Greek Extended; General Punctuation.
  [0x1e00, 'latin'], // Ḁ
  [0x1e01, 'latin'],
  [0x1eff, 'latin'],
  [0x1f00, 'greek'], // ἀ
  [0x1ffe, 'greek'],
  [0x2000, 'none'], // en quad
  // Georgian Nuskhuri, which the detector does not know.
  [0x2d00, 'none'],
  // Hiragana and Katakana, but the katakana middle dot.
  [0x3040, 'none'],
  [0x3041, 'kana'], // ぁ
  [0x30fa, 'kana'],
  [0x30fb, 'none'], // ・
  [0x30fc, 'kana'], // ー
  [0x30ff, 'kana'],
  [0x3100, 'none'],
  // Hangul Compatibility Jamo.
  [0x312f, 'none'],
  [0x3130, 'hangul'],
  [0x3131, 'hangul'], // ㄱ
  [0x318f, 'hangul'],
  [0x3190, 'none'], // kanbun
  // Katakana Phonetic Extensions.
  [0x31ef, 'none'],
  [0x31f0, 'kana'], // ㇰ
  [0x31ff, 'kana'],
  [0x3200, 'none'], // enclosed
  // CJK Extension A; Yijing hexagrams; CJK Unified Ideographs; Yi.
  [0x33ff, 'none'],
  [0x3400, 'han'], // 㐀
  [0x4dbf, 'han'],
  [0x4dc0, 'none'], // hexagram
  [0x4dff, 'none'],
  [0x4e00, 'han'], // 一
  [0x9fff, 'han'],
  [0xa000, 'none'], // Yi
  // Hangul Syllables.
  [0xabff, 'none'],
  [0xac00, 'hangul'], // 가
  [0xd7a3, 'hangul'], // 힣
  [0xd7a4, 'none'],
  // High surrogates: those of U+20000–U+3FFFF (the supplementary ideographic planes) are Han.
  [0xd83f, 'none'],
  [0xd840, 'han'],
  [0xd8bf, 'han'],
  [0xd8c0, 'none'],
  // Private use; CJK Compatibility Ideographs; Latin ligatures.
  [0xf8ff, 'none'],
  [0xf900, 'han'], // 豈
  [0xfaff, 'han'],
  [0xfb00, 'none'], // ﬀ
  // Alphabetic Presentation Forms: Hebrew, then Arabic Presentation Forms-A.
  [0xfb1c, 'none'],
  [0xfb1d, 'hebrew'],
  [0xfb4f, 'hebrew'],
  [0xfb50, 'arabic'],
  [0xfdff, 'arabic'],
  [0xfe00, 'none'], // variation selector
  // Arabic Presentation Forms-B.
  [0xfe6f, 'none'],
  [0xfe70, 'arabic'],
  [0xfefc, 'arabic'], // ﻼ
  [0xfefd, 'none'],
  [0xfeff, 'none'], // byte order mark
  // Halfwidth katakana.
  [0xff65, 'none'], // halfwidth middle dot
  [0xff66, 'kana'], // ｦ
  [0xff9f, 'kana'],
  [0xffa0, 'none'],
  [0xffff, 'none'],
];

describe('detectLanguage: the script table', () => {
  for (const [code, script] of EDGES) {
    it(`takes U+${code.toString(16).toUpperCase().padStart(4, '0')} for ${script}`, () => {
      expect(scriptOf(String.fromCharCode(code))).toBe(script);
    });
  }

  it('reads a character of the supplementary ideographic plane as one Han character', () => {
    expect(identifyLanguage('\u{20000} \u{2A700}')).toEqual({ language: 'zh', basis: 'script' });
    // U+1F600, an emoji, is no letter.
    expect(identifyLanguage('\u{1F600} \u{1F600}')).toBeNull();
  });
});

describe('detectLanguage: words', () => {
  it('counts the first and the last word of a text without punctuation', () => {
    // Three English stopwords (the, said, that) of four words, the first and last among them.
    expect(identifyLanguage('The minister said that')).toEqual({ language: 'en', basis: 'stopwords' });
  });

  it('names a script from two words, not from one', () => {
    expect(detectLanguage('Ο υπουργός')).toBe('el');
    expect(detectLanguage('Ελλάδα!!!')).toBeNull();
    expect(detectLanguage('Ελλάδα')).toBeNull();
  });

  it('lets a stray combining mark before a word leave the word its script', () => {
    expect(detectLanguage('\u0301αβ \u0301γδ')).toBe('el');
  });

  it('ends a word of letters at a Han character, and starts a new one after it', () => {
    // α and β are two Greek words; the Han character weighs as much as both letters.
    expect(detectLanguage('α中β')).toBe('el');
    expect(detectLanguage('αβ γ中')).toBe('el');
    // One Greek word, then Han after a space: one word only.
    expect(detectLanguage('αβγδε 中')).toBeNull();
    // `the` after a Han character is read from its own first letter.
    expect(detectLanguage('x中the said that')).toBe('en');
  });

  it('ends a Cyrillic word at a dash', () => {
    expect(detectLanguage('что—это—в')).toBe('ru');
    expect(detectLanguage('что это в')).toBe('ru');
  });

  it('counts a Han or Hangul character twice, a Thai one once', () => {
    // Three characters against five Greek letters.
    expect(detectLanguage('中文字 αβγ δε')).toBe('zh');
    expect(detectLanguage('한국어 αβγ δε')).toBe('ko');
    expect(detectLanguage('กขค αβγ δε')).toBe('el');
    // A Korean word of four syllables is four words.
    expect(detectLanguage('대한민국')).toBe('ko');
  });

  it('gives a tie of letters to the first script of its table (Latin, Cyrillic, Greek, Armenian …)', () => {
    expect(detectLanguage('αβ γδ աբ գդ')).toBe('el');
  });

  it('reads a text mostly in a script without a rule as unknown, whatever the rest says', () => {
    // Eight Devanagari letters in two words, seven Cyrillic letters of Russian stopwords.
    expect(detectLanguage('कखगघङच छज что это в')).toBeNull();
  });

  it('looks up a stopword as long as the longest of the lists', () => {
    // `predsjednika`, twelve letters, is Croatian; `predsednika`, Serbian.
    expect(detectLanguage('je u predsjednika')).toBe('hr');
    expect(detectLanguage('je u predsednika')).toBe('sr');
  });
});

describe('detectLanguage: kana and the Arabic-script languages', () => {
  it('reads Han with one kana in ten characters as Japanese, with one in eleven as Chinese', () => {
    expect(identifyLanguage('の日本国政府首相官邸')).toEqual({ language: 'ja', basis: 'script' });
    expect(identifyLanguage('の日本国政府首相官邸前')).toEqual({ language: 'zh', basis: 'script' });
  });

  it('does not take Thai or Hangul letters in a Chinese text for kana', () => {
    expect(detectLanguage('日本国政府首相官邸 กข')).toBe('zh');
    expect(detectLanguage('日本国政府首相官邸 ㄱㄴ')).toBe('zh');
  });

  for (const letter of ['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ھ']) {
    it(`reads Arabic script with the Urdu letter ${letter} as Urdu`, () => {
      expect(identifyLanguage(`كتب الولد ${letter}`)).toEqual({ language: 'ur', basis: 'letters' });
    });
  }

  for (const letter of ['پ', 'چ', 'ژ', 'گ', 'ی', 'ک']) {
    it(`reads Arabic script with the Persian letter ${letter} as Persian`, () => {
      expect(identifyLanguage(`كتب الولد ${letter}`)).toEqual({ language: 'fa', basis: 'letters' });
    });
  }

  it('reads Arabic script without those letters as Arabic', () => {
    expect(identifyLanguage('كتب الولد')).toEqual({ language: 'ar', basis: 'script' });
  });
});

describe('detectLanguage: stopword evidence', () => {
  const cities =
    'Zagreb Oslo Berlin Madrid Paris London Vienna Prague Dublin Lisbon Athens Rome Bern Riga Vilnius Tallinn Helsinki Sofia Bucharest Warsaw Budapest Ljubljana Skopje Belgrade Minsk Kyiv Moscow Ankara';

  it('needs the stopwords to make up a tenth of the words', () => {
    const names = cities.split(' ');
    // Three English stopwords and 27 names: 30 words, a tenth; with 28 names, less.
    expect(detectLanguage(`the said that ${names.slice(0, 27).join(' ')}`)).toBe('en');
    expect(detectLanguage(`the said that ${names.slice(0, 28).join(' ')}`)).toBeNull();
  });

  it('names one of two or three languages the letters leave from two stopwords, not from one', () => {
    // ø twice leaves Danish and Norwegian; `efter` and `sagde` are Danish.
    expect(detectLanguage('Søen løb efter')).toBeNull();
    expect(identifyLanguage('Søen løb efter, sagde')).toEqual({ language: 'da', basis: 'stopwords' });
  });

  it('names the only language the letters leave with no stopword when minStopwords is 0', () => {
    expect(identifyLanguage('łódź łąka', { minStopwords: 0 })).toEqual({ language: 'pl', basis: 'letters' });
    expect(detectLanguage('łódź łąka')).toBeNull();
  });

  it('leaves a text unnamed when the leader is less than a word ahead of English', () => {
    // Italian della, nella, degli: 3; English the, said and a third each of is and at: 2⅔.
    expect(detectLanguage('della nella degli the said is at')).toBeNull();
    expect(detectLanguage('della nella degli che the said is at')).toBe('it');
  });

  describe('letters against words', () => {
    // ł, ó, ź, ę, ż leave Polish only; `w`, `się`, `że` are Polish stopwords.
    it('gives no answer when the stopwords clearly name a language the letters ruled out', () => {
      expect(detectLanguage('the said that would w łódź')).toBeNull();
    });

    it('names the letters’ language when the other has too few stopwords to count', () => {
      expect(identifyLanguage('the said w łódź')).toEqual({ language: 'pl', basis: 'letters' });
    });

    it('gives no answer at a lead of half a word (English the, said, that and half of was, against three)', () => {
      expect(detectLanguage('the said that was w się że łódź')).toBeNull();
    });

    it('names the letters’ language at a lead of a third of a word (a third of is)', () => {
      expect(identifyLanguage('the said that is w się że łódź')).toEqual({ language: 'pl', basis: 'letters' });
    });
  });
});

describe('detectLanguage: arguments', () => {
  it('refuses a String object', () => {
    expect(() => detectLanguage(new String('The minister said that') as unknown as string)).toThrow(TypeError);
  });
});

describe('detectLanguage: a stopword at the start of the text', () => {
  it('reads a first word whose later letters are beyond a–z', () => {
    // ż, ł, ó, ź leave Polish only; `już` is Polish.
    expect(identifyLanguage('Już łódź')).toEqual({ language: 'pl', basis: 'letters' });
  });
});
