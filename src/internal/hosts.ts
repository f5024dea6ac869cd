/**
 * Known news hosts and the agency that publishes on them. A host matches its own entry
 * and every subdomain of it (`mundo.sputniknews.com`, `russian.rt.com`), never a longer
 * name that merely ends the same way (`interfax.com.ua` is another company, and
 * `mysputniknews.com` nobody's). Agency names are spelled as the agencies' own datelines
 * spell them, so they can be compared with the agency a dateline names.
 */
const KNOWN_HOSTS: ReadonlyArray<readonly [domain: string, agency: string]> = [
  ['ria.ru', 'RIA Novosti'],
  // Sputnik moved its English site from sputniknews.com to sputnikglobe.com in 2023;
  // the language editions are subdomains (mundo., it., fr.) or national domains.
  ['sputniknews.com', 'Sputnik'],
  ['sputnikglobe.com', 'Sputnik'],
  ['sputniknews.ru', 'Sputnik'],
  ['sputniknews.cn', 'Sputnik'],
  ['sputniknews.lt', 'Sputnik'],
  ['sputnik.by', 'Sputnik'],
  ['sputnik.kz', 'Sputnik'],
  ['tass.ru', 'TASS'],
  ['tass.com', 'TASS'],
  ['interfax.ru', 'Interfax'],
  ['interfax.com', 'Interfax'],
  ['rt.com', 'RT'],
  ['rbc.ru', 'RBC'],
  ['kommersant.ru', 'Kommersant'],
  ['iz.ru', 'Izvestia'],
  ['ura.news', 'URA.RU'],
  ['ura.ru', 'URA.RU'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['bbc.com', 'BBC'],
  ['bbc.co.uk', 'BBC'],
  ['urdupoint.com', 'UrduPoint'],
  ['armenpress.am', 'ARMENPRESS'],
  ['lapresse.it', 'LaPresse'],
  ['weeklyblitz.net', 'BLiTZ'],
  ['ptinews.com', 'PTI'],
  ['rferl.org', 'RFE/RL'],
];

/**
 * The agency of a lower-case host name, or `null` when the host is not known.
 *
 * @example
 * ```ts
 * agencyOfHost('mundo.sputniknews.com'); //=> 'Sputnik'
 * agencyOfHost('example.com');           //=> null
 * ```
 */
export function agencyOfHost(host: string): string | null {
  for (const [domain, agency] of KNOWN_HOSTS) {
    if (host === domain || host.endsWith(`.${domain}`)) return agency;
  }
  return null;
}

/** A leading `www.` label (`www.ria.ru`). */
const WWW_PREFIX = /^www\./;

/**
 * The host without one leading `www.`, when what remains still has a dot and does not
 * itself start with `www.`: `www.ria.ru` → `ria.ru`, but `www.com` and `www.www.ria.ru`
 * stay as they are. The one `www.` rule of {@link normalizeUrl}, {@link urlKey} and
 * {@link sourceFromUrl}.
 */
export function withoutWww(host: string): string {
  if (!WWW_PREFIX.test(host)) return host;
  const rest = host.slice(4);
  return rest.includes('.') && !WWW_PREFIX.test(rest) ? rest : host;
}
