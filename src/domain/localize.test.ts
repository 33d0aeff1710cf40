import { foldForSearch, localize } from './localize';
import { text } from '../../test/factories/dataset';

describe('localize', () => {
  it('picks the text in the requested locale', () => {
    const t = text('Network', 'Réseau', 'Mạng lưới');
    expect(localize(t, 'en')).toBe('Network');
    expect(localize(t, 'fr')).toBe('Réseau');
    expect(localize(t, 'vi')).toBe('Mạng lưới');
  });
});

describe('foldForSearch', () => {
  it('drops case and French accents', () => {
    expect(foldForSearch('Réseau ÉLECTRIQUE à Hanoï')).toBe('reseau electrique a hanoi');
  });

  it('drops Vietnamese tone marks and vowel diacritics', () => {
    expect(foldForSearch('Nghị quyết')).toBe('nghi quyet');
    expect(foldForSearch('cơ quan đại diện')).toBe('co quan dai dien');
    expect(foldForSearch('Ưu tiên phát triển')).toBe('uu tien phat trien');
  });

  it('folds đ and Đ, which have no Unicode decomposition, to d', () => {
    expect(foldForSearch('Đổi mới')).toBe('doi moi');
    expect(foldForSearch('đường')).toBe('duong');
  });

  it('folds precomposed and decomposed forms alike', () => {
    expect(foldForSearch('re\u0301seau')).toBe(foldForSearch('r\u00e9seau'));
  });

  it('leaves plain ASCII lower-cased and otherwise untouched', () => {
    expect(foldForSearch('292/NQ-CP')).toBe('292/nq-cp');
  });
});
