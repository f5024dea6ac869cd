/**
 * Month and weekday names in the languages the corpus uses (English, Russian, Ukrainian,
 * Italian, French, Spanish, German), full, abbreviated and, for Russian, in every case form that
 * a date takes (`ноября`, `ноябре`, `ноябрь`). Two-letter German weekday abbreviations
 * (`Mo`, `Do`, `So`) are left out: they are words too.
 *
 * Each month's and weekday's names are one string, separated by spaces, to keep the bundle
 * small. An abbreviation written with its period (`nov.`) owns a period that follows it in
 * a date (`23 nov. (LaPresse)`); after a full name or another short form a period ends the
 * sentence (`on 25 November.`).
 */

/** The names of each month, January first. */
const MONTH_NAMES: readonly string[] = [
  'january січня січень jan. январь января январе янв. gennaio gen. janvier janv. enero ene. januar jän.',
  'february лютого лютий feb. febr. февраль февраля феврале фев. февр. febbraio février fevrier févr. fevr. febrero februar',
  'march березня березень mar. март марта марте мар. marzo mars märz marz',
  'april квітня квітень apr. апрель апреля апреле апр. aprile avril avr. abril abr.',
  'may травня травень май мая мае maggio mag. mai mayo',
  'june червня червень jun. июнь июня июне июн. giugno giu. juin junio juni',
  'july липня липень jul. июль июля июле июл. luglio lug. juillet juil. julio juli',
  'august серпня серпень aug. август августа августе авг. agosto ago. août aout',
  'september вересня вересень sep. sept. сентябрь сентября сентябре сен. сент. settembre set. septembre septiembre setiembre',
  'october жовтня жовтень oct. октябрь октября октябре окт. ottobre ott. octobre octubre oktober okt.',
  'november листопада листопад nov. ноябрь ноября ноябре ноя. нояб. novembre noviembre',
  'december грудня грудень dec. декабрь декабря декабре дек. dicembre dic. décembre decembre déc. diciembre dezember dez.',
];

/** Weekday names and abbreviations, Monday first, in the languages of `MONTH_NAMES`. */
const WEEKDAY_NAMES: readonly string[] = [
  'monday mon понедельник пн lunedì lundi lunes montag',
  'tuesday tue tues вторник вт martedì mardi martes dienstag',
  'wednesday wed среда ср mercoledì mercredi miércoles mittwoch',
  'thursday thu thur thurs четверг чт giovedì jeudi jueves donnerstag',
  'friday fri пятница пт venerdì vendredi viernes freitag',
  'saturday sat суббота сб sabato samedi sábado samstag sonnabend',
  'sunday sun воскресенье вс domenica dimanche domingo sonntag',
];

/** Every name of `rows`, without its period, mapped to its row's number counted from `first`. */
function nameTable(rows: readonly string[], first: number): Map<string, number> {
  const table = new Map<string, number>();
  rows.forEach((names, i) => {
    for (const name of names.split(' ')) table.set(name.endsWith('.') ? name.slice(0, -1) : name, first + i);
  });
  return table;
}

/** The abbreviations of `rows` that own their period, without it. */
function periodAbbreviations(rows: readonly string[]): Set<string> {
  const abbreviations = new Set<string>();
  for (const names of rows) for (const name of names.split(' ')) if (name.endsWith('.')) abbreviations.add(name.slice(0, -1));
  return abbreviations;
}

// Built once from the constant strings and never changed. `@__PURE__` lets a bundler drop a
// table that nothing imported uses (docs/performance.md, "Tree-shaking").
const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ nameTable(MONTH_NAMES, 1);
const WEEKDAYS: ReadonlyMap<string, number> = /* @__PURE__ */ nameTable(WEEKDAY_NAMES, 0);
const MONTH_ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ periodAbbreviations(MONTH_NAMES);

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

/** Whether `word` is an abbreviated month name (`nov`, `фев`, `sept`; case-insensitive, no period). */
export function isMonthAbbreviation(word: string): boolean {
  return MONTH_ABBREVIATIONS.has(word.toLowerCase());
}
