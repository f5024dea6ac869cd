import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STOPWORD_LENGTH, STOPWORDS } from '../../src/internal/stopwords.js';
import { detectLanguage } from '../../src/normalize/detect-language.js';

/** Our own news-like sentences, a few per language. */
const sentences: readonly (readonly [string, string])[] = [
  ['en', 'The minister said on Tuesday that the talks would continue in Geneva.'],
  ['en', 'According to the ministry, the new rules will come into force in January and apply to all regions.'],
  ['en', 'Russia and the United States have agreed to hold a new round of consultations, the ambassador told reporters.'],
  ['ru', 'Министр заявил, что переговоры продолжатся в Женеве.'],
  ['ru', 'По данным ведомства, новые правила вступят в силу в январе и будут действовать во всех регионах.'],
  ['ru', 'Россия и США договорились провести новый раунд консультаций, сообщил журналистам посол.'],
  ['it', 'Il ministro ha detto che i colloqui continueranno a Ginevra.'],
  ['it', 'Secondo il ministero, le nuove regole entreranno in vigore a gennaio e saranno valide in tutte le regioni.'],
  ['it', 'La Russia e gli Stati Uniti hanno concordato un nuovo ciclo di consultazioni, ha detto l’ambasciatore ai giornalisti.'],
  ['es', 'El ministro dijo el martes que las conversaciones continuarán en Ginebra.'],
  ['es', 'Según el ministerio, las nuevas normas entrarán en vigor en enero y se aplicarán en todas las regiones.'],
  ['es', 'Rusia y Estados Unidos acordaron celebrar una nueva ronda de consultas, dijo el embajador a los periodistas.'],
  ['fr', 'Le ministre a déclaré mardi que les discussions se poursuivraient à Genève.'],
  ['fr', 'Selon le ministère, les nouvelles règles entreront en vigueur en janvier dans toutes les régions.'],
  ['fr', 'La Russie et les États-Unis sont convenus d’organiser un nouveau cycle de consultations, a dit l’ambassadeur aux journalistes.'],
  ['de', 'Der Minister sagte am Dienstag, dass die Gespräche in Genf fortgesetzt werden.'],
  ['de', 'Nach Angaben des Ministeriums treten die neuen Regeln im Januar in Kraft und gelten für alle Regionen.'],
  ['de', 'Russland und die Vereinigten Staaten haben sich auf eine neue Runde von Konsultationen geeinigt, sagte der Botschafter.'],
  ['pt', 'O ministro disse na terça-feira que as negociações vão continuar em Genebra.'],
  ['pt', 'Segundo o ministério, as novas regras entram em vigor em janeiro e valem para todas as regiões.'],
  ['nl', 'De minister zei dinsdag dat de gesprekken in Genève worden voortgezet.'],
  ['nl', 'Volgens het ministerie gaan de nieuwe regels in januari in en gelden ze voor alle regio’s.'],
  ['uk', 'Міністр заявив, що переговори продовжаться в Женеві.'],
  ['uk', 'За даними відомства, нові правила набудуть чинності в січні та діятимуть у всіх регіонах.'],
  ['uk', 'Росія і США домовилися провести новий раунд консультацій, повідомив журналістам посол.'],
  ['bg', 'Министърът заяви, че преговорите ще продължат в Женева.'],
  ['sr', 'Министар је рекао да ће се преговори наставити у Женеви.'],
  ['el', 'Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν στη Γενεύη.'],
  ['hy', 'Նախարարը հայտարարել է, որ բանակցությունները կշարունակվեն Ժնևում։'],
  ['ka', 'მინისტრმა განაცხადა, რომ მოლაპარაკებები ჟენევაში გაგრძელდება.'],
  ['he', 'השר אמר ביום שלישי כי השיחות יימשכו בז׳נבה.'],
  ['th', 'รัฐมนตรีกล่าวว่าการเจรจาจะดำเนินต่อไปที่เจนีวา'],
  ['ja', '大臣は火曜日、ジュネーブでの協議が続くと述べた。'],
  ['ko', '장관은 화요일 제네바에서 회담이 계속될 것이라고 말했다.'],
  ['zh', '部长周二表示，谈判将在日内瓦继续进行。'],
  ['ar', 'قال الوزير يوم الثلاثاء إن المحادثات ستستمر في جنيف.'],
  ['fa', 'وزیر روز سه‌شنبه گفت که مذاکرات در ژنو ادامه پیدا خواهد کرد.'],
  ['ur', 'وزیر نے منگل کو کہا کہ بات چیت جنیوا میں جاری رہے گی۔'],
  // Mixed scripts: the script with most letters decides.
  ['en', 'The Kremlin said that Vladimir Putin (Владимир Путин) would meet the delegation in Moscow on Friday.'],
  ['ru', 'Компания Apple представила новый iPhone, сообщает агентство Reuters со ссылкой на источники.'],
  // A Russian text quoting a Ukrainian place name stays Russian.
  ['ru', 'Глава администрации сообщил, что делегация прибыла в Київ во вторник вечером для переговоров.'],
  // Shouting headlines are read the same.
  ['en', 'THE MINISTER SAID THAT THE TALKS WOULD CONTINUE'],
];

describe('detectLanguage', () => {
  it.each(sentences)('%s: %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each([
    '',
    '   \n\t ',
    '12345 67 89',
    '2021-11-02 12:41',
    '+7 495 000-0000',
    '!!! ??? ...',
    'Hello',
    'Москва',
    'Ελλάδα',
    // Names only: no stopwords.
    'Vladimir Putin Joe Biden Geneva',
    // Two stopwords are under the default threshold.
    'Il ministro ha detto',
    // A tie between languages tells nothing.
    'de la de la',
    // Devanagari has no rule here.
    'मंत्री ने कहा कि बातचीत जारी रहेगी',
  ])('%j → null', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('lowers the stopword threshold with minStopwords', () => {
    expect(detectLanguage('Il ministro ha detto', { minStopwords: 2 })).toBe('it');
    expect(detectLanguage('The minister said on Tuesday', { minStopwords: 10 })).toBeNull();
  });

  it('gives the results the TSDoc shows', () => {
    const text = 'Il ministro ha detto che i colloqui continueranno. The talks said that the minister would go on and on with the plan.';
    expect(detectLanguage(text)).toBe('en');
    expect(detectLanguage(text, { maxLength: 50 })).toBe('it');
    expect(detectLanguage('The minister said on Tuesday that the talks would continue in Geneva.')).toBe('en');
    expect(detectLanguage('2021-11-02 12:41')).toBeNull();
  });

  it('reads only the first maxLength characters', () => {
    const english = 'The minister said on Tuesday that the talks would continue. ';
    const russian = 'Министр заявил, что переговоры продолжатся в Женеве. ';
    const text = english + russian.repeat(10);
    expect(detectLanguage(text)).toBe('ru');
    expect(detectLanguage(text, { maxLength: english.length })).toBe('en');
    expect(detectLanguage(russian.repeat(100) + english.repeat(200))).toBe('ru');
    expect(detectLanguage(text, { maxLength: 0 })).toBeNull();
    expect(detectLanguage(text, { maxLength: Infinity })).toBe('ru');
  });

  it('needs a real share of stopwords, not a few coincidences', () => {
    // Polish prose shares `to`, `i`, `a`, `na` with the lists but is not one of them.
    expect(detectLanguage('Minister powiedział we wtorek, że rozmowy w Genewie będą kontynuowane i to jest ważne dla wszystkich stron.')).toBeNull();
  });

  it('throws TypeError on misuse', () => {
    expect(() => detectLanguage(42 as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage(null as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage('text', { maxLength: -1 })).toThrow(RangeError);
    expect(() => detectLanguage('text', { maxLength: Number.NaN })).toThrow(TypeError);
    expect(() => detectLanguage('text', { minStopwords: '3' as unknown as number })).toThrow(TypeError);
  });

  it('never throws and answers null or a two-letter code', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const code = detectLanguage(text);
        expect(code === null || /^[a-z]{2}$/.test(code)).toBe(true);
      }),
    );
  });

  it('depends only on the first maxLength characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.nat(50), (head, tail, cut) => {
        const text = head + tail;
        expect(detectLanguage(text, { maxLength: cut })).toBe(detectLanguage(text.slice(0, cut), { maxLength: cut }));
      }),
    );
  });
});

describe('stopword table', () => {
  it('holds lower-case words no longer than MAX_STOPWORD_LENGTH', () => {
    expect(STOPWORDS.size).toBeGreaterThan(300);
    for (const word of STOPWORDS.keys()) {
      expect(word.length).toBeLessThanOrEqual(MAX_STOPWORD_LENGTH);
      expect(word).toBe(word.toLowerCase());
    }
  });
});
