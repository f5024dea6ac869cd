import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES } from '../../src/internal/alphabets.js';
import { fnv1a32 } from '../../src/internal/hash.js';
import { MAX_STOPWORD_LENGTH, STOPWORD_LANGUAGES, STOPWORDS, stopwordMask } from '../../src/internal/stopwords.js';
import { detectLanguage, identifyLanguage } from '../../src/normalize/detect-language.js';

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
  ['pl', 'Minister powiedział we wtorek, że rozmowy w Genewie będą kontynuowane.'],
  ['pl', 'Według ministerstwa nowe przepisy wejdą w życie w styczniu i obejmą wszystkie regiony kraju.'],
  ['ro', 'Ministrul a declarat marți că negocierile vor continua la Geneva.'],
  ['ro', 'Potrivit ministerului, noile reguli vor intra în vigoare în ianuarie și se vor aplica în toate regiunile.'],
  // Romanian with the cedilla letters of older pages.
  ['ro', 'Potrivit ministerului, noile reguli vor intra în vigoare în ianuarie şi se vor aplica în toate ţările.'],
  // Romanian as many sites write it, without its diacritics.
  ['ro', 'Potrivit ministerului, noile reguli vor intra in vigoare in ianuarie si se vor aplica in toate regiunile.'],
  ['sr', 'Ministar je rekao u utorak da će se pregovori nastaviti u Ženevi, saopštio je predsednik vlade.'],
  ['sr', 'Prema rečima ministra, nova pravila stupaju na snagu u januaru i važiće posle toga u svim regionima.'],
  ['hr', 'Ministar je u utorak rekao da će se pregovori nastaviti u Ženevi, a predsjednik vlade je to također potvrdio.'],
  ['sl', 'Minister je v torek dejal, da se bodo pogovori nadaljevali v Ženevi, kjer so se tudi srečali.'],
  ['cs', 'Ministr v úterý řekl, že rozhovory budou pokračovat v Ženevě, a dodal, že jsou důležité.'],
  ['sk', 'Minister v utorok povedal, že rozhovory budú pokračovať v Ženeve, a dodal, že sú dôležité.'],
  ['hu', 'A miniszter kedden azt mondta, hogy a tárgyalások Genfben folytatódnak.'],
  ['tr', "Bakan salı günü yaptığı açıklamada görüşmelerin Cenevre'de devam edeceğini söyledi."],
  ['sv', 'Ministern sade på tisdagen att samtalen kommer att fortsätta i Genève.'],
  ['da', 'Ministeren sagde tirsdag, at forhandlingerne vil fortsætte i Genève, og at der ikke er nogen aftale endnu.'],
  ['no', 'Ministeren sa tirsdag at forhandlingene vil fortsette i Genève, og at det ikke er noen avtale ennå.'],
  ['fi', 'Ministeri sanoi tiistaina, että neuvottelut jatkuvat Genevessä ja että myös muut maat ovat mukana.'],
  ['et', 'Minister ütles teisipäeval, et kõnelused jätkuvad Genfis ja et see on väga oluline.'],
  ['lt', 'Ministras antradienį sakė, kad derybos bus tęsiamos Ženevoje ir kad tai yra svarbu.'],
  ['lv', 'Ministrs otrdien sacīja, ka sarunas turpināsies Ženēvā un ka tas ir ļoti svarīgi.'],
  ['ca', 'El ministre va dir dimarts que les converses continuaran a Ginebra amb totes les parts.'],
  ['sr', 'Министар је рекао да ће се преговори наставити у Женеви, а председник је то потврдио.'],
  ['mk', 'Министерот изјави дека преговорите ќе продолжат во Женева.'],
  ['be', 'Міністр заявіў, што перамовы працягнуцца ў Жэневе.'],
  ['bg', 'Министрите са се срещнали в Женева, където ще обсъдят плана.'],
  // Ukrainian stored with і, ї, є dropped: told from Russian by its own words.
  ['uk', 'Мнстр заявив, що переговори продовжаться в Женев, але дата ще не вдома.'],
  ['uk', 'За даними вдомства, нов правила набудуть чинност в сч та будуть дяти у вс регонах.'],
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
    // Latin-script languages without a list: too few stopwords, or letters no list has.
    'Menteri mengatakan pada hari Selasa bahwa pembicaraan di Jenewa akan dilanjutkan dan ini penting.',
    'Waziri alisema Jumanne kwamba mazungumzo yataendelea mjini Geneva na watu wengi.',
    'Bộ trưởng cho biết cuộc đàm phán sẽ tiếp tục tại Geneva vào thứ Ba.',
    'Nazir çərşənbə axşamı bildirib ki, danışıqlar Cenevrədə davam edəcək.',
    // Cyrillic with letters no listed alphabet has (Kazakh).
    'Министр Қазақстан халқы туралы айтты және келісімге қол қойды.',
    // Only words that Russian and Bulgarian share, and no letter that tells them apart.
    'Путин и Байден встретятся в Женеве.',
    // Only function words that Serbian and Croatian share.
    'Ministar je rekao da nije bilo dogovora i da će se razgovori nastaviti.',
    // The words say English, the letters (one per two words) say not: two readings, no answer.
    'Lukashenko met Erdoğan and Wałęsa in Łódź, the ministry said.',
  ])('%j → null', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('lowers the stopword threshold with minStopwords', () => {
    expect(detectLanguage('Il ministro della difesa', { minStopwords: 2 })).toBe('it');
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
    // Indonesian shares `di`, `a`, `dan`-like short words with the lists but is not one of them.
    expect(detectLanguage('Menteri itu berkata di Jenewa bahwa a pembicaraan akan dilanjutkan pada minggu depan oleh semua pihak.')).toBeNull();
  });

  it('names the evidence: script, letters or stopwords', () => {
    expect(identifyLanguage('Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν.')).toEqual({ language: 'el', basis: 'script' });
    expect(identifyLanguage('قال الوزير يوم الثلاثاء إن المحادثات ستستمر في جنيف.')).toEqual({ language: 'ar', basis: 'script' });
    expect(identifyLanguage('وزیر روز سه‌شنبه گفت که مذاکرات در ژنو ادامه پیدا خواهد کرد.')).toEqual({ language: 'fa', basis: 'letters' });
    // `ł ę ą` are Polish only; `ș ț ă` Romanian only; `ы` with `и` Russian only.
    expect(identifyLanguage('Według ministerstwa nowe przepisy wejdą w życie w styczniu.')).toEqual({ language: 'pl', basis: 'letters' });
    expect(identifyLanguage('Ministrul a declarat marți că negocierile vor continua.')).toEqual({ language: 'ro', basis: 'letters' });
    expect(identifyLanguage('Министры заявили, что новые переговоры продолжатся в Женеве.')).toEqual({ language: 'ru', basis: 'letters' });
    expect(identifyLanguage('The minister said on Tuesday that the talks would continue.')).toEqual({ language: 'en', basis: 'stopwords' });
    expect(identifyLanguage('Мнстр заявив, що переговори продовжаться в Женев.')).toEqual({ language: 'uk', basis: 'stopwords' });
    expect(identifyLanguage('2021-11-02 12:41')).toBeNull();
  });

  it('needs less text when the letters narrow the choice', () => {
    // One stopword (`w`) among five words is under the default threshold of three, but `ł ż ś` leave only Polish.
    expect(detectLanguage('Łukaszenka przyjechał w środę')).toBe('pl');
    // The same count of stopwords without telling letters is not enough.
    expect(detectLanguage('Prezydent przyjechal w srode')).toBeNull();
    // Two stopwords suffice when the letters (`я ь`, no `ы`) leave Russian, Ukrainian and Bulgarian …
    expect(detectLanguage('Рятувальники повдомили, що вогонь вже загасили')).toBe('uk');
    // … but not when they leave Serbian and Macedonian open too (no `я ь й щ` here).
    expect(detectLanguage('Пожежу вже загасили, це добре')).toBeNull();
    // Never more than minStopwords asks for.
    expect(detectLanguage('Łukaszenka przyjechał w środę', { minStopwords: 0 })).toBe('pl');
  });

  it('keeps a quoted name from changing the language', () => {
    expect(detectLanguage('Глава администрации сообщил, что делегация прибыла в Київ во вторник вечером.')).toBe('ru');
    expect(detectLanguage('President Andrzej Duda said on Wednesday that the missile which fell in Przewodów was most likely Ukrainian.')).toBe('en');
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
    expect(STOPWORDS.size).toBeGreaterThan(800);
    for (const word of STOPWORDS.keys()) {
      expect(word.length).toBeLessThanOrEqual(MAX_STOPWORD_LENGTH);
      expect(word).toBe(word.toLowerCase());
      expect(word).toMatch(/^[\p{L}\p{M}]+$/u);
    }
  });

  it('finds every word by its hash, inside a longer text, and no other', () => {
    for (const [word, mask] of STOPWORDS) {
      const text = `x ${word} y`;
      expect(stopwordMask(text, 2, 2 + word.length, fnv1a32(word))).toBe(mask);
    }
    expect(stopwordMask('minister', 0, 8, fnv1a32('minister'))).toBe(0);
    // A word of the same hash bucket but another length is not taken.
    expect(stopwordMask('thex', 0, 4, fnv1a32('the'))).toBe(0);
  });

  it('has a score unit that every count of sharing languages divides', () => {
    for (const mask of STOPWORDS.values()) {
      let shared = 0;
      for (let bit = 0; bit < STOPWORD_LANGUAGES.length; bit++) if (mask & (1 << bit)) shared++;
      expect(shared).toBeLessThanOrEqual(16);
    }
  });

  it('has an alphabet of its script for every language with a list', () => {
    const written = new Set<number>();
    for (const mask of LETTER_LANGUAGES.values()) for (let bit = 0; bit < STOPWORD_LANGUAGES.length; bit++) if (mask & (1 << bit)) written.add(bit);
    // English is the one language written with a–z alone.
    expect([...written].sort((a, b) => a - b)).toEqual(STOPWORD_LANGUAGES.map((_l, bit) => bit).filter((bit) => STOPWORD_LANGUAGES[bit] !== 'en'));
  });
});
