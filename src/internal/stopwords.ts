/**
 * Function words for telling languages of one script apart, used by `detectLanguage`.
 *
 * Each list holds frequent words of news prose, picked so that many of them belong to one
 * language only (`the`, `della`, `según`, `dans`, `nicht`, `não`, `het`, `się`, `și`,
 * `что`, `що`). Words that several languages share (`de`, `la`, `en`, `a`, `na`) stay in
 * every list they belong to: they add evidence to all of them at once, so they never tip
 * the balance, and they keep short texts from falling under the evidence threshold.
 *
 * Close pairs are told apart by the words where they differ: Serbian (ekavian, `posle`,
 * `predsednik`, `takođe`) from Croatian (ijekavian, `poslije`, `predsjednik`, `također`),
 * Danish from Norwegian (`efter`/`etter`, `sagde`/`sa`), Czech from Slovak (`který`/`ktorý`),
 * Russian from Ukrainian (`что`/`що`, `это`/`це`). Ukrainian stored with its own letters
 * dropped (`і ї є ґ` lost, fixtures/ukrainian-dropped-letters.txt) keeps words without those
 * letters (`що`, `та`, `це`, `було`), and its commonest damaged forms are listed too
 * (`вд` for `від`, `пд` for `під`, `псля` for `після`): no other language writes them.
 * Month names in the genitive (`ноября`, `листопада`) are listed for Russian, Ukrainian and
 * Bulgarian: news datelines and stamps write them, and they differ in each
 * (fixtures/interfax-ru-dateline.txt has no other Russian-only word). Serbian has one list
 * for both of its scripts. Romanian lists its words without diacritics
 * too (`si`, `dupa`), as many Romanian sites drop them.
 *
 * Lists are single strings, words separated by a space, to keep the bundle small. Words
 * are lower case; elided forms (`qu'il`, `dell'anno`) are split at the apostrophe by the
 * scanner, hence `qu`, `dell`, `nell` as words.
 */
import { fnv1a32 } from './hash.js';

/** Languages with a stopword list, in the order of their bit in a stopword's mask. */
export const STOPWORD_LANGUAGES = [
  'en', 'it', 'es', 'fr', 'de', 'pt', 'nl', 'pl', 'ro', 'sr', 'hr', 'sl', 'cs', 'sk', 'hu',
  'tr', 'sv', 'da', 'no', 'fi', 'et', 'lt', 'lv', 'ca', 'ru', 'uk', 'be', 'bg', 'mk',
] as const;

/** A language with a stopword list. */
export type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

const LISTS: Readonly<Record<StopwordLanguage, string>> = {
  en: 'the of and to in is that was for with said on as at by it from he his be have has had are were will would not but this which an their they its been who also after or about more than there we she her can could what when into over says told them these our such should did does',
  it: 'il della che per non di alla gli sono del dei delle nel nella con una un lo la le è ha anche più ma come dal dalla questo questa sul sulla tra fra degli ai al essere stato stata ancora dopo molto suo sua loro cui hanno era solo ed nei negli agli dell nell all sull dall quando perché già si i e in a da se',
  es: 'el los las del que por para una con según en la un se no es al lo como más pero sus su le ya fue este esta ha han sobre también entre cuando muy sin hasta desde porque donde dijo y o ese esa ser son está están había hay otros tras ante cual estos esto les de a',
  fr: 'le la les des est une dans pour qui sur au aux du de et un en que il elle ne pas par plus avec ce cette son sa ses ont été mais ou se sont leur nous vous ils qu selon après entre comme déjà aussi était être fait tout où lors ces a y dont avait sous à',
  de: 'der die und das nicht mit ist den von zu im dem des ein eine einer auf für sich auch es an als wie bei nach aus sie er hat wird werden wurde sind war noch nur um oder aber über vor dass einen einem so zum zur seine ihre am durch gegen sagte bis hatte in wir ich man',
  pt: 'o os as do da dos das em no na nos nas que de um uma para com não por mais ao à se foi são é como mas seu sua pelo pela também já ele ela entre sobre até quando muito isso este esta ser está disse após e a pelos pelas aos nem seus suas ainda tem têm',
  nl: 'de het een van en in is dat op te voor met zijn niet die aan er ook als bij om door maar nog naar uit over wordt worden werd heeft hebben was dan tot kan zal al meer deze dit wat hij zij ze we geen omdat volgens onze hun wel zou toen',
  pl: 'i w z na się nie do że to jest o od za po jak a przez dla ale oraz jego jej ich już tak był była było były są będzie może który która które których tym także też według we ze przed podczas czy jednak tylko gdy kiedy tego tej roku',
  ro: 'și şi în că pe cu din care este au un o să nu ale al de la a se ca iar despre sunt între după când fost mai pentru lui sau acest această anul spus fi va ar fără către dintre ei vor in si sa dupa intre cand fara aceasta',
  sr: 'je da u i na se za su od sa što kao nije će koji koja koje koju ali ili još tako iz do po bio bila bilo biti prema godine posle pre gde ovde takođe tokom hiljada predsednik predsednika uspeo hteo deo vreme rekao ko ко је да у и на се за су од са што као није ће који која које али или још тако из до по био била било према године после пре где такође током председник председника рекао',
  hr: 'je da u i na se za su od sa što kao nije će koji koja koje koju ali ili još tako iz do po bio bila bilo biti prema godine poslije prije gdje ovdje također tijekom tisuća predsjednik predsjednika uspio htio dio vrijeme rekao tko',
  sl: 'je in na da se v za so z pa ki tudi ne od po s kot bi ali iz do še bil bila bilo let leta pred med ter ob lahko zaradi predsednik kjer',
  cs: 'a v se na je že o s z do to jako by k ve od pro po za ale jsou byl byla bylo byly také který která které podle jeho jejich už při nebo tak jen než však být bude má mezi řekl uvedl',
  sk: 'a v sa na je že o s z do to ako by k vo od pre po za ale sú bol bola bolo boli tiež ktorý ktorá ktoré podľa jeho ich už pri alebo tak len než však byť bude má medzi povedal uviedol',
  hu: 'a az és hogy nem is egy meg már de ez azt mint csak volt van el ki be fel még kell után szerint között pedig vagy most amely aki úgy ha sem lesz',
  tr: 've bir bu da de için ile olarak çok daha en ne gibi kadar sonra ancak ya olan oldu ise değil her şu mı mi diye göre yeni ama veya tarafından ayrıca',
  sv: 'och att det som en är på för med av den till har inte om de ett var men han hon sig från efter också vid kan ska sade säger enligt mot under än nu',
  da: 'og at det som en er på for med af den til har ikke om de et var men han hun sig fra efter også ved kan skal sagde siger ifølge mod under end nu blev været nogen endnu mellem meget hvad',
  no: 'og at det som en er på for med av den til har ikke om de et var men han hun seg fra etter også ved kan skal sa sier ifølge mot under enn nå ble vært noen ennå mellom mye hva',
  fi: 'ja on ei oli että se hän mukaan myös kun ovat joka sen tai mutta kuin ole jo nyt vain jälkeen sanoi olisi tämä mitä siitä jossa joiden vuonna vielä kanssa jotka ollut hänen koska',
  et: 'ja on et ei see oli ka mis kui aga ta nii seda või veel pärast tema nad kes oma üle juba siis',
  lt: 'ir yra kad su iš į tai bet kaip buvo jo jis ji už apie po prie dėl taip pat arba nuo kuris kuri bus tik dar per',
  lv: 'un ir ka ar no uz par kas arī bet kā tas to viņš viņa lai pēc bija būs vai jau kur tikai',
  ca: 'el la els les de del i que a en per amb un una és va no al dels es més com però seva seu ha han seus ja sobre segons també quan aquest aquesta entre fins',
  ru: 'и в во не на что с со по это как а из от для к о у за до его он она они был была были было также который которые которая году года уже еще ещё чтобы при после только если или но более будет может есть где этом этого этой заявил сообщил сообщили января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  uk: 'в у на не а по при що з та до за як це його але також було був була були буде який яка яке року вже ще щоб або чи цього ця цей проти лише наразі зокрема чого вона вони ми ви із зі від під після він її їх і й заявив вд пд псля вн січня счня лютого березня квітня квтня травня червня липня серпня вересня жовтня листопада грудня',
  be: 'і ў у на з што не да як гэта для па ад таксама але яго яна яны быў была было пасля калі ці',
  bg: 'и а в на за от да се че с по е са това като не които който която при след ще бе беше до към във със но или има тя той те го му януари февруари март април май юни юли август септември октомври ноември декември',
  mk: 'и на во за од со се да не е што ќе кој која кои според има бил била но или по до',
};

/**
 * Every stopword, mapped to a bit mask of the languages whose list holds it (bit `i` for
 * `STOPWORD_LANGUAGES[i]`). Built once from the constant lists and never changed;
 * `@__PURE__` lets a bundler drop the tables when nothing imported detects a language
 * (docs/performance.md, "Tree-shaking").
 */
export const STOPWORDS: ReadonlyMap<string, number> = /* @__PURE__ */ buildMasks();

/** The longest word in any list; longer words cannot be stopwords. */
export const MAX_STOPWORD_LENGTH = /* @__PURE__ */ longestKey(STOPWORDS);

/** A stopword and its language mask. @internal */
export interface Stopword {
  readonly word: string;
  readonly mask: number;
}

/**
 * The stopwords keyed by their {@link fnv1a32} hash, so the scanner can hash a word while
 * it reads it and look it up without cutting it out of the text. A bucket holds the words
 * of one hash.
 */
const BY_HASH: ReadonlyMap<number, readonly Stopword[]> = /* @__PURE__ */ buildHashTable(STOPWORDS);

function buildMasks(): Map<string, number> {
  const masks = new Map<string, number>();
  STOPWORD_LANGUAGES.forEach((language, bit) => {
    for (const word of LISTS[language].split(' ')) masks.set(word, (masks.get(word) ?? 0) | (1 << bit));
  });
  return masks;
}

function longestKey(table: ReadonlyMap<string, unknown>): number {
  let longest = 0;
  for (const word of table.keys()) longest = Math.max(longest, word.length);
  return longest;
}

/** The words and their masks by {@link fnv1a32} hash; words of one hash share a bucket. @internal */
export function buildHashTable(entries: Iterable<readonly [string, number]>): Map<number, Stopword[]> {
  const table = new Map<number, Stopword[]>();
  for (const [word, mask] of entries) {
    const key = fnv1a32(word);
    const bucket = table.get(key);
    if (bucket === undefined) table.set(key, [{ word, mask }]);
    else bucket.push({ word, mask });
  }
  return table;
}

/**
 * The language mask of the word `text.slice(start, end)`, whose {@link fnv1a32} hash is
 * `hash`, or 0 when it is no stopword.
 */
export function stopwordMask(text: string, start: number, end: number, hash: number): number {
  const bucket = BY_HASH.get(hash);
  if (bucket === undefined) return 0;
  for (const { word, mask } of bucket) if (word.length === end - start && text.startsWith(word, start)) return mask;
  return 0;
}
