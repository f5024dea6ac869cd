/**
 * Month and weekday names: every name of every language reads as its month or weekday,
 * in any case and with a final period, and the abbreviations written with a period are
 * the ones that own one. A name dropped from the table fails its own row here.
 */
import { describe, expect, it } from 'vitest';
import { isMonthAbbreviation, monthFromName, weekdayFromName } from '../../src/internal/months.js';

// Each month's names, January first; a trailing period marks an abbreviation that owns it.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'січня', 'січень', 'jan.', 'январь', 'января', 'январе', 'янв.', 'gennaio', 'gen.', 'janvier', 'janv.', 'enero', 'ene.', 'januar', 'jän.'],
  ['february', 'лютого', 'лютий', 'feb.', 'febr.', 'февраль', 'февраля', 'феврале', 'фев.', 'февр.', 'febbraio', 'février', 'fevrier', 'févr.', 'fevr.', 'febrero', 'februar'],
  ['march', 'березня', 'березень', 'mar.', 'март', 'марта', 'марте', 'мар.', 'marzo', 'mars', 'märz', 'marz'],
  ['april', 'квітня', 'квітень', 'apr.', 'апрель', 'апреля', 'апреле', 'апр.', 'aprile', 'avril', 'avr.', 'abril', 'abr.'],
  ['may', 'травня', 'травень', 'май', 'мая', 'мае', 'maggio', 'mag.', 'mai', 'mayo'],
  ['june', 'червня', 'червень', 'jun.', 'июнь', 'июня', 'июне', 'июн.', 'giugno', 'giu.', 'juin', 'junio', 'juni'],
  ['july', 'липня', 'липень', 'jul.', 'июль', 'июля', 'июле', 'июл.', 'luglio', 'lug.', 'juillet', 'juil.', 'julio', 'juli'],
  ['august', 'серпня', 'серпень', 'aug.', 'август', 'августа', 'августе', 'авг.', 'agosto', 'ago.', 'août', 'aout'],
  ['september', 'вересня', 'вересень', 'sep.', 'sept.', 'сентябрь', 'сентября', 'сентябре', 'сен.', 'сент.', 'settembre', 'set.', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'жовтня', 'жовтень', 'oct.', 'октябрь', 'октября', 'октябре', 'окт.', 'ottobre', 'ott.', 'octobre', 'octubre', 'oktober', 'okt.'],
  ['november', 'листопада', 'листопад', 'nov.', 'ноябрь', 'ноября', 'ноябре', 'ноя.', 'нояб.', 'novembre', 'noviembre'],
  ['december', 'грудня', 'грудень', 'dec.', 'декабрь', 'декабря', 'декабре', 'дек.', 'dicembre', 'dic.', 'décembre', 'decembre', 'déc.', 'diciembre', 'dezember', 'dez.'],
];

// Each weekday's names, Monday first.
const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'mon', 'понедельник', 'пн', 'lunedì', 'lundi', 'lunes', 'montag'],
  ['tuesday', 'tue', 'tues', 'вторник', 'вт', 'martedì', 'mardi', 'martes', 'dienstag'],
  ['wednesday', 'wed', 'среда', 'ср', 'mercoledì', 'mercredi', 'miércoles', 'mittwoch'],
  ['thursday', 'thu', 'thur', 'thurs', 'четверг', 'чт', 'giovedì', 'jeudi', 'jueves', 'donnerstag'],
  ['friday', 'fri', 'пятница', 'пт', 'venerdì', 'vendredi', 'viernes', 'freitag'],
  ['saturday', 'sat', 'суббота', 'сб', 'sabato', 'samedi', 'sábado', 'samstag', 'sonnabend'],
  ['sunday', 'sun', 'воскресенье', 'вс', 'domenica', 'dimanche', 'domingo', 'sonntag'],
];

const bare = (name: string): string => (name.endsWith('.') ? name.slice(0, -1) : name);
const upper = (name: string): string => name.toUpperCase();

const monthRows = MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const));
const weekdayRows = WEEKDAYS.flatMap((names, i) => names.map((name) => [name, i] as const));

describe('monthFromName', () => {
  it.each(monthRows)('%s is month %i, bare, with a period and in capitals', (name, month) => {
    expect(monthFromName(bare(name))).toBe(month);
    expect(monthFromName(`${bare(name)}.`)).toBe(month);
    expect(monthFromName(upper(bare(name)))).toBe(month);
  });

  it('knows no other word, and drops one final period only', () => {
    for (const word of ['', '.', 'mon', 'monday', 'novv', 'nov..', 'no', 'ноябрьь', 'Moscow']) expect(monthFromName(word)).toBeNull();
  });
});

describe('weekdayFromName', () => {
  it.each(weekdayRows)('%s is weekday %i, bare, with a period, with a comma and in capitals', (name, weekday) => {
    expect(weekdayFromName(name)).toBe(weekday);
    expect(weekdayFromName(`${name}.`)).toBe(weekday);
    expect(weekdayFromName(`${name},`)).toBe(weekday);
    expect(weekdayFromName(upper(name))).toBe(weekday);
  });

  it('knows no other word, and drops one final period or comma only', () => {
    for (const word of ['', 'mo', 'do', 'so', 'nov', 'mon.,', 'mon,.', 'fri..', 'Mondays']) expect(weekdayFromName(word)).toBeNull();
  });
});

describe('isMonthAbbreviation', () => {
  it.each(monthRows)('%s owns a following period exactly when written with one', (name) => {
    const owns = name.endsWith('.');
    expect(isMonthAbbreviation(bare(name))).toBe(owns);
    expect(isMonthAbbreviation(upper(bare(name)))).toBe(owns);
  });

  it('takes the word without its period', () => {
    expect(isMonthAbbreviation('nov.')).toBe(false);
    expect(isMonthAbbreviation('mon')).toBe(false);
  });
});
