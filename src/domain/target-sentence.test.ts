import i18next from 'i18next';
import en from '../i18n/locales/en.json';
import fr from '../i18n/locales/fr.json';
import vi from '../i18n/locales/vi.json';
import { formatDate, formatNumber, formatPercent, formatYear } from '../lib/format';
import { assessPace } from './pace';
import { targetSentence, type Translate } from './target-sentence';
import { figure, milestone, target, text } from '../../test/factories/dataset';
import type { Locale } from './types';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, fr: { translation: fr }, vi: { translation: vi } }, interpolation: { escapeValue: false } });

const agencies = target('agencies', [milestone(2030, 115, true), milestone(2045, 150, true)], {
  unit: text('agencies', 'représentations', 'cơ quan'),
});
const sentence = (locale: Locale, figures: Parameters<typeof assessPace>[1]) => {
  const t = i18n.getFixedT(locale) as unknown as Translate;
  return targetSentence(agencies, assessPace(agencies, figures, '2026-12-02'), t, {
    number: (n, d) => formatNumber(locale, n, d),
    percent: (s) => formatPercent(locale, s),
    date: (d) => formatDate(locale, d),
    year: (y) => formatYear(locale, y),
    text: (x) => x[locale],
  });
};
const behind = [figure('agencies', 80, '2021-01-01'), figure('agencies', 94, '2025-07-02')];

describe('targetSentence', () => {
  it('reads the issue\'s example aloud in English', () => {
    expect(sentence('en', behind)).toBe(
      '94 of about 115 agencies (82%) on 2 July 2025; 4.7 a year needed to 2030, 3.1 a year so far: behind.',
    );
  });

  it('reads it in French, with its typography', () => {
    expect(sentence('fr', behind)).toBe(
      '94 sur environ 115 représentations (82\u202f%) au 2 juillet 2025\u202f; 4,7 par an nécessaires d’ici 2030, 3,1 par an jusqu’ici\u202f: en retard.',
    );
  });

  it('reads it in Vietnamese, with the date as Vietnamese write it', () => {
    expect(sentence('vi', behind)).toBe(
      '94 trên khoảng 115 cơ quan (82%) tính đến ngày 2 tháng 7 năm 2025; cần 4,7 mỗi năm đến năm 2030, đến nay đạt 3,1 mỗi năm: chậm tiến độ.',
    );
  });

  it('says when there is no figure, or only one, instead of guessing a pace', () => {
    expect(sentence('en', [])).toBe('Target: about 115 agencies by 2030; no figure recorded yet, so no pace to compare.');
    expect(sentence('en', [figure('agencies', 94, '2025-07-02')])).toBe(
      '94 of about 115 agencies (82%) on 2 July 2025; 4.7 a year needed to 2030; a second figure will show the pace so far.',
    );
  });

  it('says on track when the pace so far is enough', () => {
    expect(sentence('en', [figure('agencies', 70, '2021-01-01'), figure('agencies', 94, '2025-07-02')])).toMatch(/5\.3 a year so far: on track\.$/);
  });
});
