/**
 * News agencies and outlets that sign an article with their name alone before a separator
 * (`Reuters –`, `dpa |`, an Arabic site's name and a pipe): such a name is the dateline's
 * agency, not its place. Spelled as the outlets spell themselves; the all-capitals form of
 * each is accepted too (`REUTERS –`). Names that are also ordinary words or towns (`SPA`,
 * `Trend`, `Petra`, `MENA`) are left out: before a dash they would as often be a place or a word.
 */
const OUTLET_NAMES: readonly string[] = [
  // Wire services and world outlets.
  'Reuters', 'AFP', 'AP', 'Associated Press', 'dpa', 'EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Yonhap', 'Bloomberg',
  'Anadolu', 'Bernama', 'Antara', 'PTI', 'IANS', 'BBC', 'CNN', 'RT',
  // Russian, Ukrainian and neighbouring agencies.
  'TASS', 'ТАСС', 'RIA Novosti', 'РИА Новости', 'Sputnik', 'Спутник', 'Interfax', 'Интерфакс', 'UNIAN', 'УНІАН',
  'Ukrinform', 'Укрінформ', 'BelTA', 'БелТА', 'Kazinform', 'ARMENPRESS', 'Azertac',
  // European national agencies.
  'PAP', 'Agerpres', 'Tanjug', 'BTA', 'HINA', 'MTI', 'ČTK', 'Lusa', 'Belga', 'ANP', 'APA',
  // Middle East agencies and sites, in Latin and Arabic script.
  'IRNA', 'MNA', 'ISNA', 'KUNA', 'WAM', 'QNA', 'SANA',
  'رويترز', 'فرانس برس', 'سبوتنيك', 'روسيا اليوم', 'الأناضول', 'شينخوا', 'بترا', 'وام', 'واس', 'كونا', 'قنا', 'سانا',
  'سما الاردن', 'سما الأردن', 'عمون', 'الجزيرة نت', 'العربية نت', 'سكاي نيوز عربية',
];

/** Every name as written and in capitals. */
function withCapitals(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => [name, name.toUpperCase()]));
}

// `@__PURE__`: a bundler may drop the set when nothing imported reads datelines
// (docs/performance.md, "Tree-shaking").
const OUTLETS: ReadonlySet<string> = /* @__PURE__ */ withCapitals(OUTLET_NAMES);

/**
 * Whether a name, exactly as written (or in capitals), is a known agency or outlet.
 *
 * @example
 * ```ts
 * isOutletName('Reuters'); //=> true
 * isOutletName('Moscow');  //=> false
 * ```
 */
export function isOutletName(name: string): boolean {
  return OUTLETS.has(name);
}
