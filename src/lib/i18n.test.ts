import fr from '../i18n/locales/fr.json';
import vi from '../i18n/locales/vi.json';
import { initI18n, startI18n } from './i18n';

describe('the catalogues', () => {
  it('start with English only: the other languages are not in the first view', async () => {
    const i18n = await startI18n('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('vi', 'translation')).toBe(false);
    expect(i18n.t('nav.overview')).toBe('Overview');
  });

  it('load a language when it is chosen, and switch only once it is there', async () => {
    const i18n = initI18n();
    const switching = i18n.changeLanguage('fr');
    // Until French has arrived, the screen stays in the language it was in.
    expect(i18n.language).toBe('en');
    await switching;
    expect(i18n.language).toBe('fr');
    expect(i18n.t('nav.overview')).toBe(fr.nav.overview);
    expect(i18n.getResourceBundle('fr', 'translation')).toEqual(fr);
  });

  it('are ready before the first render in the user’s language', async () => {
    const i18n = await startI18n('vi');
    expect(i18n.language).toBe('vi');
    expect(i18n.t('app.title')).toBe(vi.app.title);
  });
});
