/**
 * Known news hosts: each domain, and every subdomain of it, names its agency; a longer
 * name that merely ends the same way names none. And the one `www.` rule. A host dropped
 * from the table fails its own row here.
 */
import { describe, expect, it } from 'vitest';
import { agencyOfHost, withoutWww } from '../../src/internal/hosts.js';

const HOSTS: readonly (readonly [string, string])[] = [
  ['ria.ru', 'RIA Novosti'],
  ['sputniknews.com', 'Sputnik'], ['sputnikglobe.com', 'Sputnik'], ['sputniknews.ru', 'Sputnik'], ['sputniknews.cn', 'Sputnik'],
  ['sputniknews.lt', 'Sputnik'], ['sputnik.by', 'Sputnik'], ['sputnik.kz', 'Sputnik'],
  ['tass.ru', 'TASS'], ['tass.com', 'TASS'], ['interfax.ru', 'Interfax'], ['interfax.com', 'Interfax'], ['rt.com', 'RT'],
  ['rbc.ru', 'RBC'], ['kommersant.ru', 'Kommersant'], ['iz.ru', 'Izvestia'], ['ura.news', 'URA.RU'], ['ura.ru', 'URA.RU'],
  ['reuters.com', 'Reuters'], ['apnews.com', 'AP'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['urdupoint.com', 'UrduPoint'],
  ['armenpress.am', 'ARMENPRESS'], ['lapresse.it', 'LaPresse'], ['weeklyblitz.net', 'BLiTZ'], ['ptinews.com', 'PTI'],
  ['rferl.org', 'RFE/RL'],
];

describe('agencyOfHost', () => {
  it.each(HOSTS)('%s and its subdomains are %s; a name that only ends so is nobody', (domain, agency) => {
    expect(agencyOfHost(domain)).toBe(agency);
    expect(agencyOfHost(`news.${domain}`)).toBe(agency);
    expect(agencyOfHost(`a.b.${domain}`)).toBe(agency);
    expect(agencyOfHost(`my${domain}`)).toBeNull();
    expect(agencyOfHost(`${domain}.example`)).toBeNull();
  });

  it('knows no other host, nor an empty one', () => {
    for (const host of ['', 'example.com', 'interfax.com.ua', 'ru', 'com', '.ru', 'ria.r']) expect(agencyOfHost(host)).toBeNull();
  });
});

describe('withoutWww', () => {
  it.each([
    ['www.ria.ru', 'ria.ru'],
    ['www.news.bbc.co.uk', 'news.bbc.co.uk'],
    ['ria.ru', 'ria.ru'],
    ['www.com', 'www.com'],
    ['www.www.ria.ru', 'www.www.ria.ru'],
    ['news.www.ria.ru', 'news.www.ria.ru'],
    ['wwwx.ria.ru', 'wwwx.ria.ru'],
    ['www', 'www'],
    ['www.', 'www.'],
  ])('%s → %s', (host, expected) => {
    expect(withoutWww(host)).toBe(expected);
  });
});
