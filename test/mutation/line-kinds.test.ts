/**
 * What one line looks like on its own (src/parse/page/line-kinds.ts), behaviours a mutation
 * run (issue 13) found untested: each alternative of the line expressions, each threshold at
 * its bound, and the suffixes a title variant or a description ends with.
 */
import { describe, expect, it } from 'vitest';
import {
  countWords,
  isBareUrl,
  isCallToAction,
  isChrome,
  isCredit,
  isDateLine,
  isFooterLine,
  isHeadlineShape,
  isImageUrl,
  isLoneYear,
  isProse,
  isTagShape,
  isXpath,
  keywordItems,
  leadSuffixStart,
  MAX_HEADLINE_UNIT_WORDS,
  stripLeadSuffix,
  stripSiteSuffix,
} from '../../src/parse/page/line-kinds.js';

/** `n` words: `w1 w2 …`. */
const words = (n: number, word = 'word'): string => Array.from({ length: n }, (_, i) => `${word}${i + 1}`).join(' ');
const chrome = (text: string): boolean => isChrome(text, countWords(text));
const dateLine = (text: string): boolean => isDateLine(text, countWords(text));
const prose = (text: string): boolean => isProse(text, countWords(text));
const headline = (text: string): boolean => isHeadlineShape(text, countWords(text));
const footer = (text: string): boolean => isFooterLine(text, countWords(text));
const tag = (text: string): boolean => isTagShape(text, countWords(text));

describe('countWords', () => {
  it('counts the words of a folded line', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('one')).toBe(1);
    expect(countWords('one two three')).toBe(3);
  });
});

describe('isBareUrl and isImageUrl', () => {
  it.each([
    ['https://ria.ru/20211102/talks-1234500100.html', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/A', true],
    ['see https://example.com', false],
    ['https://example.com and more', false],
    ['ftp://example.com/a', false],
    ['https:/example.com', false],
  ])('%s is a bare URL: %s', (text, want) => {
    expect(isBareUrl(text)).toBe(want);
  });

  it.each([
    'https://x.example/a.jpg', 'https://x.example/a.jpeg', 'https://x.example/a.png', 'https://x.example/a.gif', 'https://x.example/a.webp',
    'https://x.example/a.avif', 'https://x.example/a.bmp', 'https://x.example/a.svg', 'https://x.example/A.JPG', 'https://x.example/a.jpg?w=1920',
    'https://x.example/a.png#top', 'https://x.example/img/a', 'https://x.example/image/a', 'https://x.example/images/a',
  ])('%s is an image URL', (text) => {
    expect(isImageUrl(text)).toBe(true);
  });

  it.each([
    'https://x.example/a.html', 'https://x.example/a.jpg.html', 'https://x.example/a.jpgx', 'https://x.example/imgs/a', 'https://x.example/myimg/a',
    'a.jpg', 'see https://x.example/a.jpg',
  ])('%s is no image URL', (text) => {
    expect(isImageUrl(text)).toBe(false);
  });
});

describe('isXpath', () => {
  it.each([
    ['/ html / head / meta[@name=”og:title”]/ @ content', true],
    ['/html/head/meta', true],
    ['/HTML/HEAD', true],
    ['/ html / head', true],
    ['/  html / head', false],
    ['/ html /  head', false],
    ['x/html/head', false],
    ['/html/header', false],
    ['/html/body', false],
  ])('%s: %s', (text, want) => {
    expect(isXpath(text)).toBe(want);
  });
});

describe('isCredit', () => {
  it.each([
    '© AP Photo / Jane Doe', '(c) AP', 'Photo: Jane Doe, EPA', 'photo:Jane', 'PHOTO : Jane', 'Photo by Jane Doe', 'Photos/ Jane Doe', 'Photo /Jane',
    'Фото: пресс-служба', 'Фото : пресс-служба', 'Foto: Jan Kowalski', 'Image: Jane Doe', 'Credit: Jane Doe', 'Source of photo Jane',
    'A destroyer in the strait - Sputnik International, 1920, 25.11.2021', 'A destroyer in the strait,1920', 'A destroyer in the strait, 1920',
    'A destroyer in the strait, 1920,25.11.2021',
    'The minister at the talks. Archive photo', 'The minister. File photo', 'Министр на переговорах. Архивное фото', 'The minister. ARCHIVE PHOTO',
    'Boats pass a pier. -REUTERS', 'Boats pass a pier. - AFP', 'Boats pass a pier.-AFP', 'Boats pass a pier! – AFP', 'Boats pass a pier? — AFP',
    'He said “Boats pass.” - AFP', 'Boats pass a pier. -AFP/POOL',
    'Text of the caption © 2021', words(29) + ' ©',
  ])('%s is a credit', (text) => {
    expect(isCredit(text)).toBe(true);
  });

  it.each([
    'Photographers gathered at the pier', 'Photos of the pier', 'The pier in 1920', 'The pier, 1920, 25.11.21', 'The pier, 19200',
    'The archive photo shows the pier.', 'Boats pass a pier. -A', 'Boats pass a pier -AFP', 'Boats pass a pier. AFP',
    'Boats pass a pier. -AFP/', 'Boats pass a pier. -Reuters', words(30) + ' ©', '(c)AP', 'photo byline',
  ])('%s is no credit', (text) => {
    expect(isCredit(text)).toBe(false);
  });
});

describe('isChrome', () => {
  it.each([
    'Registration was successful!', 'Sign up', 'Register', 'Login', 'Search', 'Menu', 'Left Menu', 'Main menu', 'News', 'Facts', 'International',
    'World', 'Viral', 'Listen Live', 'Get short URL', 'Share', 'Comments', 'Advertisement', 'Read more', 'Also read', 'Related', 'Home',
    'Latest', 'Top stories', 'Video', 'Photo', 'Live', 'Close', 'More', 'Новости', 'Реклама', 'Подписаться', 'Поделиться', 'Читать также',
    'ru-RU', 'en-US', 'Reuters', 'AFP', 'AP', 'Associated Press', 'Sputnik', 'Sputnik International', 'RIA Novosti', 'РИА Новости', 'TASS',
    'ТАСС', 'Interfax', 'Интерфакс', 'Bloomberg', 'RT', 'BBC', 'CNN', 'Xinhua', 'Anadolu', 'DPA', 'EFE', 'ANSA',
  ])('%s is a listed chrome or agency line', (text) => {
    expect(chrome(text)).toBe(true);
  });

  it('reads a listed line in any case, and only the whole line', () => {
    expect(chrome('REGISTRATION WAS SUCCESSFUL!')).toBe(true);
    expect(chrome('Registration was successful')).toBe(false);
    expect(chrome('Registration was successful! Welcome')).toBe(false);
    // A listed line stands for itself at the end of the article too, sentence mark and all.
    expect(isFooterLine('Registration was successful!', 3)).toBe(true);
    expect(isFooterLine('Registration was great!', 3)).toBe(false);
  });

  it.each([
    ['a line that opens with a bar', '| Sport'],
    ['a bullet', 'Sport • Football'],
    ['a ticker up', 'Brent ▲ 1.2'],
    ['a ticker down', 'Brent ▼ 1.2'],
    ['a site name', 'news.example.com'],
    ['a site name with an at sign', 'Рейтинг@Mail.ru'],
    ['a Russian site name', 'сайт.кремль.рф'],
    ['an .org site', 'news.example.org'],
    ['a .net site', 'news.example.net'],
    ['an .info site', 'news.example.info'],
    ['a .pk site', 'news.example.pk'],
    ['an .in site', 'news.example.in'],
    ['a .uk site', 'bbc.co.uk'],
    ['a .ru site', 'news.ria.ru'],
    ['a site name with a dash and digits', 'news-24.example.com'],
    ['figures', '0 0 0'],
    ['figures with punctuation', '14.34 (+2%) | 1/2 – 3—4-5, 6;7:8'],
    ['a reading time', '1 min read'],
    ['a relative time', '38 minutes ago'],
    ['a reading time without a blank', '5mins read'],
    ['a minute ago', '1 minute ago'],
    ['a byline label', 'Текст: Наталья Иванова'],
    ['a byline', 'By Jane Doe'],
    ['an author label', 'Author: Jane Doe'],
    ['a written-by byline', 'Written by Jane Doe'],
    ['a reporting-by byline', 'Reporting by Jane Doe'],
    ['an edited-by byline', 'Edited by Jane Doe'],
    ['an author label in Russian', 'Автор: Наталья Иванова'],
    ['a byline label with a blank before its colon', 'Author : Jane Doe'],
    ['a byline label without a colon', 'Author Jane Doe'],
    ['an author label that ends like a sentence', 'Author: Jane Doe.'],
    ['a byline in capitals', 'BY JANE DOE'],
    ['a byline with an agency', 'By Jane Doe, Baltic Herald'],
    ['a credit line that ends like a sentence', 'Reporting by Jane Doe; editing by John Roe.'],
    ['a story-line link', 'News from the plot Riots on the border'],
    ['a Russian story-line link', 'Новости сюжета Паромы'],
    ['a plot label', 'Сюжет: Паромы'],
    ['a topic label', 'Topic: Ferries'],
    ['a rubric label', 'Rubric: Ferries'],
    ['a line with a URL in it', 'Read also https://example.com/a'],
    ['a cookie notice that ends like a sentence', 'We use cookies to improve your experience on our site.'],
    ['a newsletter prompt that ends like a sentence', 'Sign up for our daily newsletter!'],
    ['a line with a URL that asks the reader', 'Please read the full rules at https://example.com/rules.'],
    ['icon ligatures', 'icon bookmark-icon cameraicon'],
    ['icon ligatures in capitals', 'ICON BOOKMARKICON CAMERAICON'],
    ['a call to action', 'Subscribe to Baltic Herald on Telegram'],
  ])('%s is chrome', (_, text) => {
    expect(chrome(text)).toBe(true);
  });

  it.each([
    'cookies', 'cookie', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'sign up', 'sign in', 'log in', 'bookmark', 'bookmarks',
    'bookmarked', 'premium section', 'JavaScript', 'ad blocker', 'adblocker', 'privacy policy', 'privacy settings', 'terms of use',
    'terms of service', 'all rights reserved', 'follow us', 'click here',
  ])('a short line with "%s" is chrome', (phrase) => {
    expect(chrome(`Please note our ${phrase} today`)).toBe(true);
  });

  it.each([
    ['a sentence', 'The ferries return to the river on Sunday.'],
    ['a bare URL', 'https://example.com/a'],
    ['a domain in text', 'We visited example.com yesterday'],
    ['a long line with a site name', `${'x'.repeat(89)}.example.com`],
    ['a domain with one dot', 'example.com'],
    ['a site name of another domain', 'news.example.de'],
    ['two icon ligatures', 'icon star-icon camera'],
    ['icons as words inside', 'iconic star-icons'],
    ['a word with a dot', 'Mr.Smith'],
    ['a reading note of four digits', '1000 min read'],
    ['a byline glued to its name', 'ByJane Doe'],
    ['a sentence that opens with "By the"', 'By the time the ferry arrived, the harbour had reopened'],
    ['a sentence that opens with "Author of"', 'Author of the plan, the port authority said little'],
    ['a Russian sentence that opens with "Автор"', 'Автор проекта пока не назвал сроки'],
    ['a sentence that opens with "By" and a capital', 'By Tuesday, boats were back on the river.'],
    ['a sentence that opens with "Author" and a name', 'Author Jane Doe wrote the book over ten years, her publisher said.'],
    ['a headline in capitals with "by" inside', 'FILM BY JANE DOE WINS THE PRIZE'],
    ['a byline label before a lower-case word, with a name later', 'By the time Jane Doe arrived the ferry had left'],
    ['a sentence about cookies', 'The bakery sold 4,000 cookies on Tuesday, the owner said.'],
    ['a sentence about a newsletter', 'The city will send a newsletter to every household, officials said.'],
    ['a sentence with a URL inside', 'The ministry published the rules at https://gov.example.org/rules on Tuesday.'],
    ['a phrase in a long line', `${words(19)} cookies today`],
    ['a phrase inside a word', 'Cookiesandcream'],
    ['a bare rubric word', 'Plot: Ferries'],
    ['a name', 'Jane Doe'],
  ])('%s is not chrome', (_, text) => {
    expect(chrome(text)).toBe(false);
  });

  it('counts a phrase line of twenty words as chrome, not one of twenty-one', () => {
    expect(chrome(`${words(19)} cookies`)).toBe(true);
    expect(chrome(`${words(20)} cookies`)).toBe(false);
  });

  it('counts three icon ligatures, not two', () => {
    expect(chrome('star-icon cameraicon')).toBe(false);
    expect(chrome('star-icon cameraicon playicon')).toBe(true);
    expect(chrome('Icon')).toBe(false);
  });

  it('takes the word count it is given', () => {
    expect(isChrome('Please note our cookies today', 21)).toBe(false);
    expect(isChrome('Please note our cookies today', 20)).toBe(true);
  });

  it('reads no line longer than a thousand characters as chrome', () => {
    expect(chrome(`| ${'x'.repeat(998)}`)).toBe(true);
    expect(chrome(`| ${'x'.repeat(999)}`)).toBe(false);
  });

  it('reads a site name up to a hundred characters', () => {
    expect(chrome(`${'x'.repeat(88)}.example.com`)).toBe(true);
  });
});

describe('isDateLine', () => {
  it.each([
    ['a lone year', '2021'],
    ['a lone year of the last century', '1999'],
    ['a stamp without a year', '5 Mar. 14:30'],
    ['a byline with a date', 'Reuters 01 Dec 2021'],
    ['a year glued to the day by a comma', 'Published November 16,2022'],
    ['a month and a year', 'November 2021'],
    ['a year in parentheses', 'November (2021)'.replace('(', '')],
    ['a numeric date', 'Agency 16.11.2021'],
    ['a numeric date with slashes', 'Agency 16/11/2021'],
    ['a numeric date with dashes', 'Agency 1-1-2021'],
    ['an ISO date', 'Agency 2021-11-16'],
    ['an ISO date of the last century', '1999-11-16'],
    ['a month glued to the day', '16Nov 2021'],
    ['a date line of eight words', `Reuters ${words(5)} Dec 2021`],
    ['a stamp line of sixteen words', `Agency | Updated: 5 Mar 2021 14:30 IST | ${words(7)}`],
  ])('%s is a date line', (_, text) => {
    expect(dateLine(text)).toBe(true);
  });

  it.each([
    ['a year out of range', '2121'],
    ['a year of five digits', '20211'],
    ['a year without a month', 'in 2021 the'],
    ['a month without a year', 'March madness'],
    ['a byline of nine words with a date', `Reuters ${words(6)} Dec 2021`],
    ['a stamp line of seventeen words', `Agency | Updated: 5 Mar 2021 14:30 IST | ${words(8)}`],
    ['a numeric date out of range', 'Agency 16.11.2121'],
    ['a numeric date with a long day', 'Agency 116.11.2021'],
    ['a date and a word', 'Agency 16.11.2021x'],
    ['an ISO date of another century', 'Agency 2121-11-16'],
    ['a figure and a year', 'Agency 5 2021'],
    ['a word ending in a year', 'Agency Nov a2021'],
  ])('%s is no date line', (_, text) => {
    expect(dateLine(text)).toBe(false);
  });

  it('reads a lone year whatever the word count it is given', () => {
    expect(isDateLine('2021', 40)).toBe(true);
    expect(isDateLine('5 Mar. 14:30', 17)).toBe(false);
  });
});

describe('isProse', () => {
  it.each([
    ['a sentence of five words', 'The ferries return on Sunday.', true],
    ['a sentence of four words', 'The ferries return Sunday.', false],
    ['a sentence in quotes', 'He said the ferries return “on Sunday.”', true],
    ['a sentence in brackets', '(The ferries return on Sunday.)', true],
    ['a sentence ending in an ellipsis', 'The ferries return on Sunday…', true],
    ['a line without a sentence end', 'The ferries return on Sunday', false],
    ['a question of fifteen words', `${words(14)} ferries?`, false],
    ['a question of sixteen words', `${words(15)} ferries?`, true],
    ['an exclamation of sixteen words', `${words(15)} ferries!`, true],
    ['an exclamation of five words', 'The ferries return on Sunday!', false],
    ['a question in quotes of five words', 'Will the ferries return “on Sunday?”', false],
    ['a question after a sentence', 'The ferries stop today. Will they return?', true],
    ['an exclamation after a sentence', 'The ferries stop today. They return!', true],
  ])('%s: %s', (_, text, want) => {
    expect(prose(text)).toBe(want);
  });

  it('takes the word count it is given', () => {
    expect(isProse('The ferries return.', 5)).toBe(true);
    expect(isProse('The ferries return?', 16)).toBe(true);
  });
});

describe('isHeadlineShape', () => {
  it.each([
    ['three words', 'Mayor meets farmers', true],
    ['two words', 'Mayor meets', false],
    ['twenty-five words', words(25), true],
    ['twenty-six words', words(26), false],
    ['a headline with a media marker', 'The mayor visited the new ferry plant. VIDEO', true],
    ['a headline with each marker', 'The mayor visited the plant. PHOTO', true],
    ['a PHOTOS marker', 'The mayor visited the plant. PHOTOS', true],
    ['an INFOGRAPHIC marker', 'The mayor visited the plant. INFOGRAPHIC', true],
    ['a Russian marker', 'Мэр посетил новый завод. ВИДЕО', true],
    ['a Russian photo marker', 'Мэр посетил новый завод. ФОТО', true],
    ['a Russian infographic marker', 'Мэр посетил новый завод. ИНФОГРАФИКА', true],
    ['twenty-five words and a marker', `${words(25)}. VIDEO`, true],
    ['two words and a marker', 'Mayor visits. VIDEO', false],
    ['a line ending in a colon', 'The mayor said:', false],
    ['a line with a bar', 'Mayor meets farmers | Sport', false],
    ['three figures', 'Mayor 1 2 3', false],
    ['two figures', 'Mayor meets 1 2', true],
    ['a sentence', 'The mayor meets the farmers today.', false],
    ['a short question', 'Will the mayor meet farmers?', true],
    ['two sentences after a long kicker', 'The mayor of the river town came today. Farmers met him', false],
    ['all capitals', 'US ELECTIONS 2020 RESULTS', false],
    ['mostly capitals', 'US ELECTIONS 2020 Results', true],
    ['four capitals in five cased letters', 'AB CD e', false],
    ['three capitals in four cased letters', 'AB C d', true],
    ['Cyrillic in capitals', 'ВЫБОРЫ В США 2020', false],
    ['Cyrillic in running case', 'Мэр встретился с фермерами', true],
    ['Greek in capitals', 'ΕΚΛΟΓΕΣ ΣΤΗΝ ΑΘΗΝΑ', false],
    ['Greek in running case', 'Εκλογές στην Αθήνα σήμερα', true],
    ['capitals outside the BMP', '𐐀𐐁 𐐂𐐃 𐐄𐐅', false],
    ['running case outside the BMP', '𐐀𐐨𐐩 𐐪𐐫 𐐬𐐭', true],
    ['letters without case outside the BMP', '𝐀𝐁𝐂 𝐃𝐄 𝐅𝐆', false],
    ['a caseless headline', 'افتتاح جسر جديد', true],
    ['caseless figures', '٢٠٢٢ ١٢ ٠٥', false],
    ['punctuation only', '!! ?? --', false],
    ['Latin-1 capitals', 'ÉÉÉÉ éé èè', true],
    ['Latin-1 in capitals', 'ÉLECTIONS À PARIS', false],
  ])('%s: %s', (_, text, want) => {
    expect(headline(text)).toBe(want);
  });

  it('allows one word more than a headline for its media marker', () => {
    expect(MAX_HEADLINE_UNIT_WORDS).toBe(26);
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    ['Ferries return to the river – RIA Novosti, 11/21/2021', 'Ferries return to the river'],
    ['Ferries return to the river - RIA Novosti', 'Ferries return to the river'],
    ['Ferries return to the river —RIA Novosti, 21.11.2021', 'Ferries return to the river'],
    ['Паромы вернулись на реку - РИА Новости, 21.11.2021', 'Паромы вернулись на реку'],
    ['Ferries return to the river - Russia news today', 'Ferries return to the river'],
    ['Паромы вернулись на реку - Новости России сегодня', 'Паромы вернулись на реку'],
    ['Ferries return to the river - Sputnik', 'Ferries return to the river'],
    ['Ferries return to the river - Sputnik Italia', 'Ferries return to the river'],
    ['Ferries return to the river - TASS', 'Ferries return to the river'],
    ['Паромы вернулись на реку - ТАСС', 'Паромы вернулись на реку'],
    ['Ferries return to the river - Interfax', 'Ferries return to the river'],
    ['Паромы вернулись на реку - Интерфакс', 'Паромы вернулись на реку'],
    ['Ferries return to the river - RIA Novosti,1.2.21', 'Ferries return to the river'],
    ['Ferries return to the river… 20.11.2021', 'Ferries return to the river'],
    ['Ferries return to the river ...20.11.2021', 'Ferries return to the river'],
    ['Ferries return to the river...20.11.2021', 'Ferries return to the river'],
  ])('%s', (text, want) => {
    expect(stripSiteSuffix(text)).toBe(want);
  });

  it.each([
    'Ferries return to the river',
    'Ferries return to the river-RIA Novosti',
    'Ferries return to the river - RIA Novosti.',
    'Ferries return to the river - RIA Novosti, 11/21',
    'Ferries return to the river - Reuters',
    'Ferries return to the river - Sputnik International, 1920, 25.11.2021',
    'Ferries return to the river 20.11.2021',
    'Ferries return to the river… 20.11.21',
  ])('%s has none', (text) => {
    expect(stripSiteSuffix(text)).toBeNull();
  });

  it('finds the suffix of a long line where it is', () => {
    const long = `${words(80)} ferries`;
    expect(stripSiteSuffix(`${long} – RIA Novosti, 11/21/2021`)).toBe(long);
  });

  it('finds a suffix that ends outside the BMP', () => {
    expect(stripSiteSuffix('Ferries return to the river - Sputnik 𐐨𐐩')).toBe('Ferries return to the river');
  });
});

describe('leadSuffixStart and stripLeadSuffix', () => {
  it.each([
    ['River ferries resumed service on Sunday. RIA Novosti, 21.11.2021', 'River ferries resumed service on Sunday.'],
    ['River ferries resumed service on Sunday, RIA Novosti writes, 12/05/2021', 'River ferries resumed service on Sunday'],
    ['Паромы вернулись на реку. РИА Новости, 21.11.2021', 'Паромы вернулись на реку.'],
    ['Паромы вернулись на реку, РИА Новости пишет, 21.11.2021', 'Паромы вернулись на реку'],
    ['River ferries resumed service…RIA Novosti,1.2.2021', 'River ferries resumed service…'],
    ['River ferries resumed service on Sunday 17.10.2021, Sputnik International', 'River ferries resumed service on Sunday'],
    ['River ferries resumed service on Sunday 7.1.2021,Sputnik', 'River ferries resumed service on Sunday'],
    ['River ferries resumed service on Sunday 17.10.2021, Sputnik Italia News', 'River ferries resumed service on Sunday'],
  ])('%s', (text, want) => {
    expect(stripLeadSuffix(text)).toBe(want);
  });

  it('gives where the suffix starts: after the mark before RIA, at the date of an agency suffix', () => {
    expect(leadSuffixStart('Ferries resumed. RIA Novosti, 21.11.2021')).toBe(17);
    expect(leadSuffixStart('RIA Novosti, 21.11.2021')).toBe(0);
    expect(leadSuffixStart('Ferries resumed 17.10.2021, Sputnik International')).toBe(16);
    expect(leadSuffixStart('Ferries resumed')).toBe(-1);
  });

  it.each([
    'River ferries resumed service on Sunday.',
    'River ferries resumed service on Sunday. RIA Novosti, 21.11.21',
    'River ferries resumed service on Sunday. RIA Novosti',
    'River ferries resumed serviceRIA Novosti, 21.11.2021',
    'River ferries resumed service on Sunday 17.10.2021, Sputnik International News Agency',
    'River ferries resumed service on Sunday 17.10.2021, sputnik',
    'River ferries resumed service on Sunday 17.10.21, Sputnik',
    'River ferries resumed service on Sunday17.10.2021, Sputnik',
    'Ferries return to the river – RIA Novosti, 11/21/2021',
    'A destroyer in the strait - Sputnik International, 1920, 25.11.2021',
  ])('%s has none', (text) => {
    expect(stripLeadSuffix(text)).toBeNull();
    expect(leadSuffixStart(text)).toBe(-1);
  });

  it('is no description when the line is only the suffix', () => {
    expect(stripLeadSuffix('RIA Novosti, 21.11.2021')).toBeNull();
    expect(stripLeadSuffix(', RIA Novosti, 21.11.2021')).toBeNull();
    expect(stripLeadSuffix('a RIA Novosti, 21.11.2021')).toBe('a');
  });

  it('finds the suffix of a long line where it is', () => {
    const long = `${words(80)} ferries.`;
    expect(stripLeadSuffix(`${long} RIA Novosti, 21.11.2021`)).toBe(long);
    expect(leadSuffixStart(`${long} RIA Novosti, 21.11.2021`)).toBe(long.length + 1);
  });

  it('finds a suffix that ends outside the BMP, at either end of the surrogate range', () => {
    expect(leadSuffixStart('Ferries 17.10.2021, Sputnik\u{20000}')).toBe(8);
    expect(leadSuffixStart('Ferries 17.10.2021, Sputnik\u{203ff}')).toBe(8);
  });
});

describe('isFooterLine', () => {
  it.each([
    ['a lone year', '2021'],
    ['a bare URL', 'https://example.com/about'],
    ['a bar', '| About us, contacts and the editorial board of the paper.'],
    ['a copyright', '© 2021 North Post. All rights reserved, reprinting only with a link.'],
    ['an e-mail address', 'internet-group@rian.ru'],
    ['a phone number', '+7 (495) 645-6601'],
    ['a phone number of six blocks', '+7 495 645 66 01 02'],
    ['a phone number of six blocks in parentheses', '(495) 645 66 01 02 03'],
    ['a legal name', 'FSUE MIA Rossiya Segodnya is the founder of the site and its editor.'],
    ['a transliterated legal name', 'FGUP MIA Rossiya Segodnya is the founder of the site and its editor.'],
    ['a Russian legal name', 'ФГУП МИА «Россия сегодня» является учредителем сайта и его редакции.'],
    ['a Russian legal name before a colon', 'ФГУП: учредитель сайта и его редакции, адрес и телефоны для связи.'],
    ['a Russian translation credit', 'Перевод: редакция сайта по материалам агентства и его корреспондентов.'],
    ['a locale', 'ru-RU'],
    ['a long bare URL', `https://example.com/${'x'.repeat(300)}`],
    ['a bare URL ending in a stop', 'https://example.com/about.'],
    ['a long line with a bar', `| ${words(60)}.`],
    ['a long line with a copyright', `© ${words(60)}.`],
    ['a view counter', 'Link: https://example.com/a, views: 1234, and comments on the story.'],
    ['a read-more link', 'Read more: the ferries of the river and what they carry every day.'],
    ['an also-read link', '- Also read: the ferries of the river and what they carry every day.'],
    ['a Russian read-more link', 'Читайте также: паромы на реке и что они везут каждый день сегодня.'],
    ['a translation note', 'Translated by the editors of the site from the original text in Russian.'],
    ['a translation note naming the language', 'Translated from Russian by the editors of the site for this edition.'],
    ['an article note', 'This article was first published by the paper on its own site today.'],
    ['a text note', 'This text has been translated by the editors of the site from Russian.'],
    ['a machine translation note', 'Machine translation of the original text by the editors of the site.'],
    ['a short line', 'Contacts and about us'],
  ])('%s is a trailer', (_, text) => {
    expect(footer(text)).toBe(true);
  });

  it.each([
    ['a sentence', 'The ferries return on Sunday.'],
    ['six words', 'Contacts and about us and more'],
    ['six blocks of figures and a word', '+7 495 645 66 01 x'],
    ['six blocks of figures after a word', 'x 7 495 645 66 01'],
    ['a long line of figures', `+7 ${'1 '.repeat(150)}`],
    ['a long view counter', `Link: ${'x'.repeat(300)} views: 1`],
    ['a word starting with a legal name', 'FSUEX MIA Rossiya Segodnya is the founder of the site and its editor.'],
    ['a Russian word starting with a legal name', 'ФГУПы и их учредители остаются в реестре до конца этого года.'],
    ['a Russian sentence on a change of clocks', 'Перевод часов на зимнее время отменили в России в 2014 году.'],
    ['a long line', `${'x'.repeat(297)} ru-RU`],
    ['a translator named', 'The translated text of the article on the ferries of the river today.'],
    ['a read-more phrase inside a sentence', 'Visitors can read more about the repairs on the port site, officials said.'],
    ['a counter inside a sentence', 'The page showed a link: the views: of the harbour drew a crowd on Tuesday.'],
    ['a legal name inside a sentence', 'Учредитель сайта и его редакции — ФГУП МИА «Россия сегодня», адрес указан ниже.'],
    ['a translation credit inside a sentence', 'The guide was translated by the port staff into six languages for visitors.'],
    ['a sentence that opens with "Translated"', 'Translated into six languages, the ferry guide is free at every pier.'],
  ])('%s is no trailer', (_, text) => {
    expect(footer(text)).toBe(false);
  });

  it('reads a short line of three hundred characters, not one longer', () => {
    expect(isFooterLine(`Contacts ${'x'.repeat(291)}`, 2)).toBe(true);
    expect(isFooterLine(`Contacts ${'x'.repeat(292)}`, 2)).toBe(false);
  });

  it('takes the word count it is given', () => {
    expect(isFooterLine('Contacts and about us', 6)).toBe(false);
    expect(isFooterLine('Contacts and about us', 5)).toBe(true);
  });
});

describe('isTagShape', () => {
  it.each([
    ['one word', 'transport', true],
    ['ten words', words(10), true],
    ['eleven words', words(11), false],
    ['eighty characters', 'x'.repeat(80), true],
    ['eighty-one characters', 'x'.repeat(81), false],
    ['a comma', 'ferries, boats', false],
    ['a full stop at the end', 'ferries.', false],
    ['a question', 'ferries?', false],
    ['an exclamation', 'ferries!', false],
    ['a colon', 'ferries:', false],
    ['a semicolon', 'ferries;', false],
    ['a stop inside', 'St.Petersburg', true],
    ['a bare URL', 'https://example.com', false],
    ['a lone year', '2021', false],
    ['a figure', '2121', true],
  ])('%s: %s', (_, text, want) => {
    expect(tag(text)).toBe(want);
  });

  it('is no tag without a word', () => {
    expect(isTagShape('', 0)).toBe(false);
  });
});

describe('isCallToAction', () => {
  it.each([
    ['Subscribe to Baltic Herald on Telegram', true],
    ['Follow Herald on X', true],
    ['Join us on Telegram', true],
    ['Подписывайтесь на Sputnik в Дзен', true],
    ['Подпишитесь на наш канал', true],
    ['Читайте нас в Дзен', true],
    ['Abonnez-vous à notre chaîne', true],
    ['Folgen Sie uns auf Telegram', true],
    ['Síguenos en Telegram', true],
    ['Seguici su Telegram', true],
    ['SUBSCRIBE TO THE HERALD', true],
    ['Subscribe to', false],
    ['Follow on X', false],
    ['Subscribers to the ferry pass', false],
  ])('%s: %s', (text, want) => {
    expect(isCallToAction(text, countWords(text))).toBe(want);
  });

  it('is eight words at most', () => {
    expect(isCallToAction('Subscribe to the Baltic Herald on Telegram today', 8)).toBe(true);
    expect(isCallToAction('Subscribe to the Baltic Herald on Telegram today', 9)).toBe(false);
  });
});

describe('keywordItems', () => {
  it.each([
    ['belarus, europe', ['belarus', 'europe']],
    ['one two three four, poland', ['one two three four', 'poland']],
    ['belarus, 2021 europe', ['belarus', '2021 europe']],
  ])('%s', (text, want) => {
    expect(keywordItems(text)).toEqual(want);
  });

  it.each(['belarus,europe', 'belarus, europe.', 'belarus, europe!', 'belarus, europe?', 'belarus: europe, poland', 'belarus; europe, poland', 'belarus, «europe»', 'belarus, “europe”', 'belarus, 2021', ', europe', 'belarus, '])(
    '%s is none',
    (text) => {
      expect(keywordItems(text)).toBeNull();
    },
  );
});

describe('isLoneYear', () => {
  it.each([
    ['2021', true],
    ['1999', true],
    ['1899', false],
    ['2121', false],
    ['20211', false],
    ['x2021', false],
    ['2021x', false],
  ])('%s: %s', (text, want) => {
    expect(isLoneYear(text)).toBe(want);
  });
});
