/**
 * Function words for telling Latin-script languages apart, used by `detectLanguage`.
 *
 * Each list holds frequent words of news prose, picked so that most of them belong to
 * one language only (`the`, `della`, `según`, `dans`, `nicht`, `não`, `het`). Words that
 * several languages share (`de`, `la`, `en`, `a`) stay in every list they belong to: they
 * add evidence to all of them at once, so they never tip the balance, and they keep
 * short texts from falling under the evidence threshold. Words are lower case and at
 * most {@link MAX_STOPWORD_LENGTH} characters long, so the scanner can skip longer words
 * without looking them up. Elided forms (`qu'il`, `dell'anno`) are split at the
 * apostrophe by the scanner, hence `qu`, `dell`, `nell` as words.
 */

/** Languages with a stopword list, in the order of their bit in {@link STOPWORDS}. */
export const STOPWORD_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'pt', 'nl'] as const;

/** The longest word in any list; longer words cannot be stopwords. */
export const MAX_STOPWORD_LENGTH = 7;

const LISTS: Readonly<Record<(typeof STOPWORD_LANGUAGES)[number], readonly string[]>> = {
  en: [
    'the', 'of', 'and', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'said', 'on', 'as', 'at',
    'by', 'it', 'from', 'he', 'his', 'be', 'have', 'has', 'had', 'are', 'were', 'will', 'would',
    'not', 'but', 'this', 'which', 'an', 'their', 'they', 'its', 'been', 'who', 'also', 'after',
    'or', 'about', 'more', 'than', 'there', 'we', 'she', 'her', 'can', 'could', 'what', 'when',
    'into', 'over', 'says', 'told', 'them', 'these', 'our', 'such', 'should', 'did', 'does',
  ],
  it: [
    'il', 'della', 'che', 'per', 'non', 'di', 'alla', 'gli', 'sono', 'del', 'dei', 'delle',
    'nel', 'nella', 'con', 'una', 'un', 'lo', 'la', 'le', 'è', 'ha', 'anche', 'più', 'ma',
    'come', 'dal', 'dalla', 'questo', 'questa', 'sul', 'sulla', 'tra', 'fra', 'degli', 'ai',
    'al', 'essere', 'stato', 'stata', 'ancora', 'dopo', 'molto', 'suo', 'sua', 'loro', 'cui',
    'hanno', 'era', 'solo', 'ed', 'nei', 'negli', 'agli', 'dell', 'nell', 'all', 'sull', 'dall',
    'quando', 'perché', 'già', 'si', 'i', 'e', 'in', 'a', 'da', 'se',
  ],
  es: [
    'el', 'los', 'las', 'del', 'que', 'por', 'para', 'una', 'con', 'según', 'en', 'la', 'un',
    'se', 'no', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'su', 'le', 'ya', 'fue', 'este',
    'esta', 'ha', 'han', 'sobre', 'también', 'entre', 'cuando', 'muy', 'sin', 'hasta', 'desde',
    'porque', 'donde', 'dijo', 'y', 'o', 'ese', 'esa', 'ser', 'son', 'está', 'están', 'había',
    'hay', 'otros', 'tras', 'ante', 'cual', 'estos', 'esto', 'les', 'de', 'a',
  ],
  fr: [
    'le', 'la', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', 'du',
    'de', 'et', 'un', 'en', 'que', 'il', 'elle', 'ne', 'pas', 'par', 'plus', 'avec', 'ce',
    'cette', 'son', 'sa', 'ses', 'ont', 'été', 'mais', 'ou', 'se', 'sont', 'leur', 'nous',
    'vous', 'ils', 'qu', 'selon', 'après', 'entre', 'comme', 'déjà', 'aussi', 'était', 'être',
    'fait', 'tout', 'où', 'lors', 'ces', 'a', 'y', 'dont', 'avait', 'sous', 'à',
  ],
  de: [
    'der', 'die', 'und', 'das', 'nicht', 'mit', 'ist', 'den', 'von', 'zu', 'im', 'dem', 'des',
    'ein', 'eine', 'einer', 'auf', 'für', 'sich', 'auch', 'es', 'an', 'als', 'wie', 'bei',
    'nach', 'aus', 'sie', 'er', 'hat', 'wird', 'werden', 'wurde', 'sind', 'war', 'noch', 'nur',
    'um', 'oder', 'aber', 'über', 'vor', 'dass', 'einen', 'einem', 'so', 'zum', 'zur', 'seine',
    'ihre', 'am', 'durch', 'gegen', 'sagte', 'bis', 'hatte', 'in', 'wir', 'ich', 'man',
  ],
  pt: [
    'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'que', 'de', 'um',
    'uma', 'para', 'com', 'não', 'por', 'mais', 'ao', 'à', 'se', 'foi', 'são', 'é', 'como',
    'mas', 'seu', 'sua', 'pelo', 'pela', 'também', 'já', 'ele', 'ela', 'entre', 'sobre', 'até',
    'quando', 'muito', 'isso', 'este', 'esta', 'ser', 'está', 'disse', 'após', 'e', 'a', 'pelos',
    'pelas', 'aos', 'nem', 'seus', 'suas', 'ainda', 'tem', 'têm',
  ],
  nl: [
    'de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'voor', 'met', 'zijn',
    'niet', 'die', 'aan', 'er', 'ook', 'als', 'bij', 'om', 'door', 'maar', 'nog', 'naar', 'uit',
    'over', 'wordt', 'worden', 'werd', 'heeft', 'hebben', 'was', 'dan', 'tot', 'kan', 'zal',
    'al', 'meer', 'deze', 'dit', 'wat', 'hij', 'zij', 'ze', 'we', 'geen', 'omdat', 'volgens',
    'onze', 'hun', 'wel', 'zou', 'toen',
  ],
};

/**
 * Every stopword, mapped to a bit mask of the languages whose list holds it (bit `i` for
 * `STOPWORD_LANGUAGES[i]`). Built once from the constant lists and never changed.
 */
export const STOPWORDS: ReadonlyMap<string, number> = buildStopwordTable();

function buildStopwordTable(): Map<string, number> {
  const table = new Map<string, number>();
  STOPWORD_LANGUAGES.forEach((language, bit) => {
    for (const word of LISTS[language]) table.set(word, (table.get(word) ?? 0) | (1 << bit));
  });
  return table;
}
