/**
 * What one line (a "unit") of page text looks like on its own: URL, XPath, credit,
 * chrome, date line, prose, headline. The page stage combines these with the line's
 * neighbours. Each test is an anchored, linear expression or a token count.
 */
import { scanTimestamp } from '../../normalize/normalize-timestamp.js';
import { monthFromName } from '../../internal/months.js';
import { isWordCode } from '../../internal/chars.js';

// A whole-line http(s) URL: `https://ria.ru/20211102/talks-1234500100.html`.
const BARE_URL = /^https?:\/\/\S+$/i;
// An image URL by extension or path: `…/1700000001_0:0:1920:1080_1920x0_80_0_0_ab12.jpg`, `…/images/…`.
const IMAGE_URL = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]\S*)?$|\/(?:img|images?)\//i;
// The literal XPath a scraper left in place of og:title: `/ html / head / meta[@name=”og:title”]/ @ content`.
const XPATH = /^\/\s?html\s?\/\s?head\b/i;
// A photo credit opening a line: `© AP Photo / …`, `Photo: NAME, EPA`, `Фото: пресс-служба`.
const CREDIT_START = /^(?:©|\(c\)\s|photo\s?:|photo by\b|photos?\s?\/|фото\s?:|foto\s?:|image\s?:|credit\s?:|source of photo)/i;
// A caption with Sputnik's image-width suffix: `… - Sputnik International, 1920, 25.11.2021`.
const CAPTION_1920 = /,\s?1920(?:,\s?\d{2}\.\d{2}\.\d{4})?$/;
// A caption ending in an agency credit after the sentence: `… February 23, 2022. -REUTERS`.
const CAPTION_AGENCY = /[.!?]["”]?\s?[-–—]\s?\p{Lu}{2,}(?:\/\p{Lu}+)?$/u;
// An archive-photo note ending a caption: `… Мария Захарова. Архивное фото`.
const CAPTION_ARCHIVE = /(?:archive photo|file photo|архивное фото)$/i;
// A reading-time or relative-time note: `1 min read`, `38 minutes ago`.
const READING_TIME = /\b\d{1,3}\s?(?:min|mins|minute|minutes)\s(?:read|ago)\b/i;
// A bare domain standing for the site: `UrduPoint.com`, `Рейтинг@Mail.ru`.
const SITE_NAME = /^[\p{L}\d-]*[.@][\p{L}\d.-]*\.(?:com|ru|org|net|info|pk|in|uk|рф)$/iu;
// A line of figures and punctuation only: `0 0 0`, `14.34`.
const FIGURES_ONLY = /^[\d\s.,:;%+()|/–—-]+$/;
// A byline label: `Текст: Наталья …`, `By Jane Doe`, `Author: …`. The name after it opens
// with a capital, tested on its own (CAPITAL_START): under the `i` flag `\p{Lu}` matches
// every letter, and `By the time the ferry …` would be a byline.
const BYLINE_LABEL = /^(?:текст|автор|author|by|written by|reporting by|edited by)\s?:?\s/iu;
const CAPITAL_START = /^\p{Lu}/u;
// Site interface text: `We use cookies …`, `Sign up for our newsletter`, `Find your bookmarks …`.
const UI_PHRASE = /\b(?:cookies?|newsletters?|subscribe|subscription|sign (?:up|in)|log in|bookmarks?|bookmarked|premium section|javascript|ad ?blocker|privacy (?:policy|settings)|terms of (?:use|service)|all rights reserved|follow us|click here)\b/i;
// Words that talk to the reader, as interface text does (`your experience on our site`, `please`).
const READER_ADDRESS = /\b(?:you|your|our|us|we|please)\b/i;
// A call to follow the outlet, set between paragraphs: `Subscribe to … on Telegram`,
// `Подписывайтесь на … в Дзен` (fixtures/call-to-action-standfirst.txt).
const CALL_TO_ACTION = /^(?:subscribe to|follow \S+ on|join us on|подписывайтесь на|подпишитесь на|читайте нас в|abonnez-vous|folgen sie uns|síguenos en|seguici su)\s/i;
const MAX_CALL_TO_ACTION_WORDS = 8;
// A rubric or story-line link: `news from the plot Riots on the border`.
const RUBRIC = /^(?:news from the plot|новости сюжета|сюжет:|topic:|rubric:)/i;
// An ending of a sentence: `… said.`, `… “very low.”`, `… in Geneva?`
const SENTENCE_END = /[.!?…]["”»’')\]]*$/;
// Two sentences inside one line: `… every week. Read the …`.
const INNER_SENTENCE_BREAK = /[\p{Ll}\d)]{2}[.!?]["”»]?\s\p{Lu}/u;
// A lone year: `2021`.
const LONE_YEAR = /^(?:19|20)\d{2}$/;
// A title variant's site suffix: `… – RIA Novosti, 11/21/2021`, `… – Russia news today`.
const SITE_SUFFIX = /\s[-–—]\s?(?:RIA Novosti|РИА Новости|Russia news today|Новости России сегодня|Sputnik(?: \p{L}+)?|TASS|ТАСС|Interfax|Интерфакс)(?:,\s?\d{1,2}[./]\d{1,2}[./]\d{2,4})?$/u;
// A dated ellipsis suffix of a title variant: `… 20.11.2021`.
const ELLIPSIS_DATE_SUFFIX = /\s?(?:…|\.\.\.)\s?\d{2}\.\d{2}\.\d{4}$/;
// A description's RIA suffix: `… RIA Novosti, 21.11.2021`, `…, RIA Novosti writes, 12/05/2021`.
const RIA_LEAD_SUFFIX = /(?:^|[\s.…,])(?:RIA Novosti|РИА Новости)(?: writes| пишет)?,\s?\d{1,2}[./]\d{1,2}[./]\d{4}$/u;
// A description's dated agency suffix: `… 17.10.2021, Sputnik International`, `…, Sputnik Italia`.
const DATED_AGENCY_SUFFIX = /\s\d{1,2}\.\d{1,2}\.\d{4},\s?\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}$/u;

// The thresholds of the line shapes, each next to its reason.

// A photo credit with `©` is a line or two; a paragraph that quotes a copyright is longer.
const MAX_CREDIT_WORDS = 30;
// Cookie, newsletter and sign-in banners are a sentence or two (fixtures/cookie-banner-chrome.txt).
const MAX_UI_LINE_WORDS = 20;
// Icon-font ligatures rendered as text come in runs: `icon bookmark-bicon cameraicon` (corpus 103).
const MIN_ICON_TOKENS = 3;
// A byline that carries a date is short (`Reuters 01 Dec 2021`, `Published November 16,2022`).
const MAX_DATE_MENTION_WORDS = 8;
// A timestamp line with a label and a byline (`Agency | Updated: … IST | Created: … IST`).
const MAX_DATE_LINE_WORDS = 16;
// A sentence of five words reads as text; a question or exclamation that short is a headline.
const MIN_PROSE_WORDS = 5;
const MIN_QUESTION_PROSE_WORDS = 16;
// Headlines run from three words (`Mayor meets farmers`) to about twenty-five.
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 25;
/** The most words a line may have and still be a headline: twenty-five and a media marker. */
export const MAX_HEADLINE_UNIT_WORDS = MAX_HEADLINE_WORDS + 1;
// Lines this much in capitals are section banners (`US ELECTIONS 2020`, corpus 163), not headlines.
const MAX_HEADLINE_CAPITALS = 0.8;
// A trailer line without a sentence end is a word or a few (`news`, `ru-RU`, `Contacts`).
const MAX_TRAILER_WORDS = 5;
// One tag is a name or a short phrase (`the situation in Ukraine`, corpus 003).
const MAX_TAG_WORDS = 10;
const MAX_TAG_LENGTH = 80;

// How much of a line an expression anchored at one end needs to see: the longest prefix
// (`Photo by …`, `/ html / head`) and suffix (`… – RIA Novosti, 11/21/2021`, `… 17.10.2021,
// Sputnik International`) is well under these. Bounding what each expression sees keeps a
// 4-million-character line from exhausting the engine's backtracking stack.
const HEAD = 200;
const TAIL = 300;
// Chrome lines (buttons, menus, share bars, bylines, tickers) are short; a longer line is text.
const MAX_CHROME_LENGTH = 1000;
// A bare domain standing for the site is a word: `UrduPoint.com`.
const MAX_SITE_NAME_LENGTH = 100;
// Trailer lines (an address, a phone number, a legal name, a locale) are short.
const MAX_TRAILER_LENGTH = 300;

/** The first characters of a line, for expressions anchored at its start. */
function head(text: string): string {
  return text.length <= HEAD ? text : text.slice(0, HEAD);
}

/** The last characters of a line and where they start, for expressions anchored at its end. */
function tail(text: string): { text: string; offset: number } {
  return text.length <= TAIL ? { text, offset: 0 } : { text: text.slice(-TAIL), offset: text.length - TAIL };
}

/** Matches an end-anchored expression on the tail of a line; the index is into the whole line. */
function execAtEnd(re: RegExp, text: string): { index: number; match: string } | null {
  const t = tail(text);
  const m = re.exec(t.text);
  return m ? { index: m.index + t.offset, match: m[0] } : null;
}

/** Whether an end-anchored expression matches the tail of a line. */
function endsWith(re: RegExp, text: string): boolean {
  return re.test(tail(text).text);
}

/**
 * {@link execAtEnd} for a suffix expression whose match ends in a letter or digit (an agency
 * name, a date, `1920`). Fast path: a line that ends otherwise, as running text does (`.`),
 * cannot match, and the expression is not run.
 */
function suffixAt(re: RegExp, text: string): { index: number; match: string } | null {
  return mayEndSuffix(text) ? execAtEnd(re, text) : null;
}

/** {@link endsWith} for a suffix expression whose match ends in a letter or digit, with the same fast path. */
function hasSuffix(re: RegExp, text: string): boolean {
  return mayEndSuffix(text) && endsWith(re, text);
}

/** Whether a line ends in a letter or digit, or in a character outside the BMP (whose kind is not looked up here). */
function mayEndSuffix(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isWordCode(last) || (last >= 0xdc00 && last <= 0xdfff);
}

/**
 * Page furniture seen as whole lines, lower-cased. Lines the expressions of {@link isChrome}
 * and {@link isFooterLine} already take (`|`, `–`, `Subscribe`, `Sign in`, `Follow us`,
 * `Рейтинг@Mail.ru`) are not repeated here.
 */
const CHROME_LINES: ReadonlySet<string> = new Set([
  'registration was successful!', 'register', 'login', 'search', 'menu', 'left menu', 'main menu', 'news', 'facts',
  'international', 'world', 'viral', 'listen live', 'get short url', 'share', 'comments', 'advertisement', 'read more',
  'also read', 'related', 'home', 'latest', 'top stories', 'video', 'photo', 'live', 'close', 'more',
  'новости', 'реклама', 'подписаться', 'поделиться', 'читать также', 'ru-ru', 'en-us',
]);

/** Agency or outlet names that stand alone on a byline line. */
const BYLINE_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'associated press', 'sputnik', 'sputnik international', 'ria novosti', 'риа новости',
  'tass', 'тасс', 'interfax', 'интерфакс', 'bloomberg', 'rt', 'bbc', 'cnn', 'xinhua', 'anadolu', 'dpa', 'efe', 'ansa',
]);
// The longest line of the two lists: a longer line is on neither. (`@__PURE__`: a bundler
// may drop it when nothing imported reads pages; docs/performance.md, "Tree-shaking".)
const MAX_LISTED_LENGTH = /* @__PURE__ */ (() => Math.max(...[...CHROME_LINES, ...BYLINE_AGENCIES].map((line) => line.length)))();

/** Whether a line is on {@link CHROME_LINES} or {@link BYLINE_AGENCIES}, in any case. */
function isListedLine(text: string): boolean {
  // The listed lines are short: a longer line needs no lower-casing for the look-up.
  if (text.length > MAX_LISTED_LENGTH) return false;
  const lower = text.toLowerCase();
  return CHROME_LINES.has(lower) || BYLINE_AGENCIES.has(lower);
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = '"”»’\')]';

/** Counts the words of a folded line. */
export function countWords(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) n++;
  return n;
}

function numericTokens(text: string): number {
  let n = 0;
  for (const token of text.split(' ')) if (/\d/.test(token) && !/\p{L}/u.test(token)) n++;
  return n;
}

/** Whether a line is a bare http(s) URL. */
export function isBareUrl(text: string): boolean {
  return BARE_URL.test(text);
}

/** Whether a bare URL points at an image. */
export function isImageUrl(text: string): boolean {
  return isBareUrl(text) && IMAGE_URL.test(text);
}

/** Whether a line is the literal og:title/og:description XPath. */
export function isXpath(text: string): boolean {
  return XPATH.test(head(text));
}

/** Whether a line is a photo credit or caption. */
export function isCredit(text: string): boolean {
  if (CREDIT_START.test(head(text)) || hasSuffix(CAPTION_1920, text) || hasSuffix(CAPTION_ARCHIVE, text)) return true;
  if (text.includes('©') && countWords(text) <= MAX_CREDIT_WORDS) return true;
  // The agency credit ends in a capital, so such a line never also ends like a sentence.
  return hasSuffix(CAPTION_AGENCY, text);
}

/**
 * Whether a line that names a thing of the site's interface (cookies, a newsletter, a link)
 * is interface text rather than a sentence about it: it does not end like a sentence, or it
 * talks to the reader. `The bakery sold 4,000 cookies on Tuesday, the owner said.` is news.
 */
function readsAsInterface(text: string): boolean {
  return !SENTENCE_END.test(text) || READER_ADDRESS.test(text);
}

/** Whether a line is a byline: a label, then a name that opens with a capital. */
function isByline(text: string): boolean {
  const label = BYLINE_LABEL.exec(head(text));
  if (label === null || !CAPITAL_START.test(text.slice(label[0].length))) return false;
  // `By Tuesday, boats were back.` and `Author Jane Doe wrote the book …, her publisher said.`
  // are sentences: a `By` or `Author` byline without a colon never ends like one.
  return !(/^(?:by|author)\s/i.test(label[0]) && SENTENCE_END.test(text));
}

/** Whether a line is page furniture: buttons, menus, site names, tickers, reading times. */
export function isChrome(text: string, words: number = countWords(text)): boolean {
  if (text.length > MAX_CHROME_LENGTH) return false;
  if (isListedLine(text)) return true;
  if (text.startsWith('|') || text.includes('•') || text.includes('▲') || text.includes('▼')) return true;
  if ((text.length <= MAX_SITE_NAME_LENGTH && SITE_NAME.test(text)) || FIGURES_ONLY.test(text) || READING_TIME.test(text)) return true;
  if (isByline(text) || RUBRIC.test(head(text))) return true;
  // The word bounds first: they are cheaper than the phrase expressions.
  if (words <= MAX_UI_LINE_WORDS && UI_PHRASE.test(text) && readsAsInterface(text)) return true;
  if (isCallToAction(text, words)) return true;
  // Link lists and share bars: a line with a URL inside other text.
  if (!isBareUrl(text) && /https?:\/\//i.test(text) && readsAsInterface(text)) return true;
  // Icon-font ligatures rendered as text: `icon bookmark-bicon cameraicon …`. Only a line
  // that holds `icon` at all is split to count them.
  if (!/icon/i.test(text)) return false;
  let icons = 0;
  for (const token of text.toLowerCase().split(' ')) if (token.endsWith('icon')) icons++;
  return icons >= MIN_ICON_TOKENS;
}

/** Whether a line holds a year and a month or a numeric date and little else. */
function mentionsDate(text: string, words: number): boolean {
  if (words > MAX_DATE_MENTION_WORDS) return false;
  let year = false;
  let month = false;
  // `November 16,2022` glues the year to the day with its comma (corpus 229).
  for (const token of text.split(/[ ,]/)) {
    if (/^(?:19|20)\d{2}\)?$/.test(token)) year = true;
    else if (/^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$/.test(token) || /^(?:19|20)\d{2}-\d{2}-\d{2}/.test(token)) return true;
    else if (monthFromName(token.replace(/^\d+/, '')) !== null) month = true;
  }
  return year && month;
}

/**
 * Whether a line is a date or time line of the page metadata: a timestamp, a bare date,
 * a lone year, or a short byline that carries a date.
 */
export function isDateLine(text: string, words: number): boolean {
  if (LONE_YEAR.test(text)) return true;
  if (words > MAX_DATE_LINE_WORDS) return false;
  // A stamp without a year (`5 Mar. 14:30`) is a stamp too, whatever year the document gives it.
  return scanTimestamp(text, null) !== null || mentionsDate(text, words);
}

/**
 * Whether a line reads as running text: it ends like a sentence and is long enough
 * that it is no headline (questions and exclamations need more words).
 */
export function isProse(text: string, words: number): boolean {
  if (!endsWith(SENTENCE_END, text)) return false;
  let end = text.length;
  // Stryker disable next-line StringLiteral: the fallback is for the type: with end > 0 the index is in the text
  while (end > 0 && CLOSERS.includes(text[end - 1] ?? '')) end--;
  const last = text[end - 1];
  if (last === '?' || last === '!') return words >= MIN_QUESTION_PROSE_WORDS || INNER_SENTENCE_BREAK.test(text);
  return words >= MIN_PROSE_WORDS;
}

// A media marker that ends a headline after a full stop: `… visited the plant. VIDEO`.
const MEDIA_MARKER = /\.\s(?:VIDEO|PHOTO|PHOTOS|INFOGRAPHIC|ВИДЕО|ФОТО|ИНФОГРАФИКА)$/u;

/** Whether a line could be a headline: one short statement, not figures, not a banner. */
export function isHeadlineShape(line: string, lineWords: number): boolean {
  // The marker belongs to the headline but would read as a second sentence.
  if (lineWords < MIN_HEADLINE_WORDS || lineWords > MAX_HEADLINE_UNIT_WORDS) return false;
  const marker = suffixAt(MEDIA_MARKER, line);
  const text = marker ? line.slice(0, marker.index) : line;
  const words = marker ? lineWords - 1 : lineWords;
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) return false;
  if (isProse(text, words) || (INNER_SENTENCE_BREAK.test(text) && !isKickerHeadline(text))) return false;
  if (text.endsWith(':') || text.includes('|') || numericTokens(text) >= 3) return false;
  let upper = 0;
  let cased = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast paths by code unit for ASCII and basic Cyrillic, where case is known; every
    // other character is asked as the whole code point it is.
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        cased++;
        if (c <= 0x5a) upper++;
      }
    } else if (c >= 0x400 && c <= 0x45f) {
      cased++;
      if (c < 0x430) upper++;
    } else {
      const point = text.codePointAt(i) ?? c;
      const ch = String.fromCodePoint(point);
      if (point > 0xffff) i++;
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        cased++;
        if (ch === ch.toUpperCase()) upper++;
      }
    }
  }
  // Scripts without case (Arabic, Hebrew, Chinese) cannot shout: their lines are headlines
  // by length and punctuation alone (fixtures/arabic-headline.txt).
  if (cased === 0) return CASELESS_LETTER.test(text);
  // All-capitals lines are section banners (`US ELECTIONS 2020`), not headlines.
  return upper / cased < MAX_HEADLINE_CAPITALS;
}

// A letter of a script without case.
const CASELESS_LETTER = /\p{Lo}/u;
// A topic kicker before the headline proper, ended by a full stop: `Border crisis. Warsaw
// closes two crossings` (fixtures/kicker-headline.txt). The kicker is a few words, there is
// one stop, and the line does not end like a sentence.
const MAX_KICKER_WORDS = 6;
const KICKER = /^([^.!?]+)\.\s[^.!?]+$/u;

/** Whether a line is a short kicker, a full stop, then a headline that ends without one. */
function isKickerHeadline(text: string): boolean {
  const m = KICKER.exec(text);
  // Stryker disable next-line StringLiteral: the fallback is for the type: group 1 takes part in every match
  return m !== null && countWords(m[1] ?? '') <= MAX_KICKER_WORDS;
}

/** The line without a title variant's site suffix, or `null` when it has none. */
export function stripSiteSuffix(text: string): string | null {
  if (hasSuffix(CAPTION_1920, text)) return null;
  const m = suffixAt(SITE_SUFFIX, text) ?? suffixAt(ELLIPSIS_DATE_SUFFIX, text);
  return m ? text.slice(0, m.index).trimEnd() : null;
}

/**
 * Where a description's agency-and-date suffix starts (`RIA Novosti, 21.11.2021`,
 * `17.10.2021, Sputnik International`), or -1 when the line has none.
 */
export function leadSuffixStart(text: string): number {
  if (hasSuffix(SITE_SUFFIX, text) || hasSuffix(CAPTION_1920, text)) return -1;
  const ria = suffixAt(RIA_LEAD_SUFFIX, text);
  if (ria) return ria.index + (/^[\s.…,]/u.test(ria.match) ? 1 : 0);
  const dated = suffixAt(DATED_AGENCY_SUFFIX, text);
  return dated ? dated.index + 1 : -1;
}

/** The description without its agency-and-date suffix, or `null` when it has none. */
export function stripLeadSuffix(text: string): string | null {
  const at = leadSuffixStart(text);
  if (at < 0) return null;
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  // A line that is only the suffix (`RIA Novosti, 21.11.2021`) is no description.
  return end > 0 ? text.slice(0, end) : null;
}

/** Whether a line at the end of an article is a trailer: publisher block, counters, locale, year. */
export function isFooterLine(text: string, words: number): boolean {
  // A lone year, an e-mail address (`internet-group@rian.ru`) and a locale (`ru-RU`) are trailers
  // too: one word without a sentence end, as the last test below takes them.
  if (isBareUrl(text) || text.startsWith('|') || text.startsWith('©')) return true;
  if (text.length > MAX_TRAILER_LENGTH) return false;
  // A phone number of six blocks or more (`+7 495 645 66 01 02`; a shorter one is a short line):
  // eleven characters at least, so the bound of seven never decides.
  // Stryker disable next-line Regex: the `{7,}` bound is always met, see above.
  if (/^\+?[\d\s()-]{7,}$/.test(text)) return true;
  // A legal name ends where a letter or digit of any script does not follow (`\b` knows only
  // ASCII letters, so it never ends a Cyrillic word).
  if (/^(?:ФГУП|FSUE|FGUP)(?![\p{L}\p{N}])/u.test(text)) return true;
  if (/^link:.*views:/i.test(text) || /^-?\s?(?:read more|also read|читайте также)/i.test(text)) return true;
  // A translation credit is `Translated by …`, `Translated from …` or `Перевод:`;
  // `Translated into six languages, …` and `Перевод часов …` open sentences like any other.
  if (/^(?:(?:translated (?:by|from)|this (?:article|text) (?:was|has been)|machine translation)\b|перевод:)/i.test(text)) return true;
  if (isListedLine(text)) return true;
  return words <= MAX_TRAILER_WORDS && !SENTENCE_END.test(text);
}

/** Whether a line could be one tag of a tag block: short, one item, no sentence. */
export function isTagShape(text: string, words: number): boolean {
  return (
    words >= 1 &&
    words <= MAX_TAG_WORDS &&
    text.length <= MAX_TAG_LENGTH &&
    !text.includes(',') &&
    !/[.!?:;]$/.test(text) &&
    !isBareUrl(text) &&
    !LONE_YEAR.test(text)
  );
}

/** Whether a line asks the reader to follow or subscribe to the outlet (`Subscribe to … on Telegram`). */
export function isCallToAction(text: string, words: number): boolean {
  return words <= MAX_CALL_TO_ACTION_WORDS && CALL_TO_ACTION.test(head(text));
}

// One item of a keywords line is a name or a short phrase, as a tag is.
const MAX_KEYWORD_WORDS = 4;

/**
 * The items of a keywords line (`belarus, europe, poland`; `В мире, Европа, Москва`): two or
 * more short comma-separated items and nothing else; `null` for any other line.
 */
export function keywordItems(text: string): string[] | null {
  if (!text.includes(', ') || /[.!?:;"«»“”]/u.test(text)) return null;
  const items = text.split(', ');
  for (const item of items) if (item.length === 0 || countWords(item) > MAX_KEYWORD_WORDS || !/\p{L}/u.test(item)) return null;
  return items;
}

/** Whether a line is a year alone (`2021`): a copyright trailer's or an archive link's. */
export function isLoneYear(text: string): boolean {
  return LONE_YEAR.test(text);
}
