/**
 * The outlet names a dateline reads as its agency: each, as written and in capitals, is
 * an outlet, and nothing else is (not another case, not a part of a name). A name dropped
 * from the list fails its own row here.
 */
import { describe, expect, it } from 'vitest';
import { isOutletName } from '../../src/internal/outlets.js';

const OUTLETS = [
  'Reuters', 'AFP', 'AP', 'Associated Press', 'dpa', 'EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Yonhap', 'Bloomberg',
  'Anadolu', 'Bernama', 'Antara', 'PTI', 'IANS', 'BBC', 'CNN', 'RT',
  'TASS', 'ТАСС', 'RIA Novosti', 'РИА Новости', 'Sputnik', 'Спутник', 'Interfax', 'Интерфакс', 'UNIAN', 'УНІАН',
  'Ukrinform', 'Укрінформ', 'BelTA', 'БелТА', 'Kazinform', 'ARMENPRESS', 'Azertac',
  'PAP', 'Agerpres', 'Tanjug', 'BTA', 'HINA', 'MTI', 'ČTK', 'Lusa', 'Belga', 'ANP', 'APA',
  'IRNA', 'MNA', 'ISNA', 'KUNA', 'WAM', 'QNA', 'SANA',
  'رويترز', 'فرانس برس', 'سبوتنيك', 'روسيا اليوم', 'الأناضول', 'شينخوا', 'بترا', 'وام', 'واس', 'كونا', 'قنا', 'سانا',
  'سما الاردن', 'سما الأردن', 'عمون', 'الجزيرة نت', 'العربية نت', 'سكاي نيوز عربية',
];

describe('isOutletName', () => {
  it.each(OUTLETS)('%s is an outlet, as written and in capitals', (name) => {
    expect(isOutletName(name)).toBe(true);
    expect(isOutletName(name.toUpperCase())).toBe(true);
  });

  it('takes names exactly: no other case, no part, no blank around them', () => {
    for (const name of ['', 'reuters', 'Dpa', 'ria novosti', 'Reuter', 'Reuters ', ' AFP', 'Associated', 'Novosti', 'Moscow', 'SPA', 'Trend', 'Petra', 'MENA']) {
      expect(isOutletName(name)).toBe(false);
    }
  });
});
