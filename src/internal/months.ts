/**
 * Month and weekday names in the languages the corpus uses (English, Russian, Ukrainian,
 * Italian, French, Spanish, German), full, abbreviated and, for Russian, in every case form that
 * a date takes (`ноября`, `ноябре`, `ноябрь`). Two-letter German weekday abbreviations
 * (`Mo`, `Do`, `So`) are left out: they are words too.
 */

const MONTH_NAMES: readonly (readonly string[])[] = [
  // 1
  ['january', 'січня', 'січень', 'jan', 'январь', 'января', 'январе', 'янв', 'gennaio', 'gen', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jän'],
  ['february', 'лютого', 'лютий', 'feb', 'febr', 'февраль', 'февраля', 'феврале', 'фев', 'февр', 'febbraio', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'februar'],
  ['march', 'березня', 'березень', 'mar', 'март', 'марта', 'марте', 'мар', 'marzo', 'mars', 'märz', 'marz'],
  ['april', 'квітня', 'квітень', 'apr', 'апрель', 'апреля', 'апреле', 'апр', 'aprile', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'травня', 'травень', 'май', 'мая', 'мае', 'maggio', 'mag', 'mai', 'mayo'],
  ['june', 'червня', 'червень', 'jun', 'июнь', 'июня', 'июне', 'июн', 'giugno', 'giu', 'juin', 'junio', 'juni'],
  ['july', 'липня', 'липень', 'jul', 'июль', 'июля', 'июле', 'июл', 'luglio', 'lug', 'juillet', 'juil', 'julio', 'juli'],
  ['august', 'серпня', 'серпень', 'aug', 'август', 'августа', 'августе', 'авг', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'вересня', 'вересень', 'sep', 'sept', 'сентябрь', 'сентября', 'сентябре', 'сен', 'сент', 'settembre', 'set', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'жовтня', 'жовтень', 'oct', 'октябрь', 'октября', 'октябре', 'окт', 'ottobre', 'ott', 'octobre', 'octubre', 'oktober', 'okt'],
  ['november', 'листопада', 'листопад', 'nov', 'ноябрь', 'ноября', 'ноябре', 'ноя', 'нояб', 'novembre', 'noviembre'],
  ['december', 'грудня', 'грудень', 'dec', 'декабрь', 'декабря', 'декабре', 'дек', 'dicembre', 'dic', 'décembre', 'decembre', 'déc', 'diciembre', 'dezember', 'dez'],
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** Weekday names and abbreviations, Monday first, in the languages of `MONTH_NAMES`. */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['monday', 'mon', 'понедельник', 'пн', 'lunedì', 'lundi', 'lunes', 'montag'],
  ['tuesday', 'tue', 'tues', 'вторник', 'вт', 'martedì', 'mardi', 'martes', 'dienstag'],
  ['wednesday', 'wed', 'среда', 'ср', 'mercoledì', 'mercredi', 'miércoles', 'mittwoch'],
  ['thursday', 'thu', 'thur', 'thurs', 'четверг', 'чт', 'giovedì', 'jeudi', 'jueves', 'donnerstag'],
  ['friday', 'fri', 'пятница', 'пт', 'venerdì', 'vendredi', 'viernes', 'freitag'],
  ['saturday', 'sat', 'суббота', 'сб', 'sabato', 'samedi', 'sábado', 'samstag', 'sonnabend'],
  ['sunday', 'sun', 'воскресенье', 'вс', 'domenica', 'dimanche', 'domingo', 'sonntag'],
];

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.flatMap((names, i) => names.map((name) => [name, i] as const)),
);

/**
 * The month number (1–12) of a month name or abbreviation in any supported language,
 * case-insensitive, with or without a final period (`Nov.`, `фев`, `nov.`); else `null`.
 */
export function monthFromName(word: string): number | null {
  let w = word.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  return MONTHS.get(w) ?? null;
}

/** The weekday (0 Monday … 6 Sunday) of a weekday name or abbreviation, case-insensitive, final period allowed; else `null`. */
export function weekdayFromName(word: string): number | null {
  let w = word.toLowerCase();
  if (w.endsWith('.') || w.endsWith(',')) w = w.slice(0, -1);
  return WEEKDAYS.get(w) ?? null;
}


// Abbreviations from MONTH_NAMES: after one of these a period belongs to the date
// (`23 nov. (LaPresse)`), after a full name it ends the sentence (`on 25 November.`).
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'янв', 'gen', 'janv', 'ene', 'jän',
  'feb', 'febr', 'фев', 'февр', 'févr', 'fevr',
  'mar', 'мар',
  'apr', 'апр', 'avr', 'abr',
  'mag',
  'jun', 'июн', 'giu',
  'jul', 'июл', 'lug', 'juil',
  'aug', 'авг', 'ago',
  'sep', 'sept', 'сен', 'сент', 'set',
  'oct', 'окт', 'ott', 'okt',
  'nov', 'ноя', 'нояб',
  'dec', 'дек', 'dic', 'déc', 'dez',
]);

/** Whether `word` is an abbreviated month name (`nov`, `фев`, `sept`; case-insensitive, no period). */
export function isMonthAbbreviation(word: string): boolean {
  return MONTH_ABBREVIATIONS.has(word.toLowerCase());
}
