import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/locales/en.json';
import fr from '../i18n/locales/fr.json';
import vi from '../i18n/locales/vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** en.json is the source of truth; a key missing elsewhere falls back to English. */
export function initI18n(lng = 'en') {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      lng,
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr', 'vi'],
      resources: { en: { translation: en }, fr: { translation: fr }, vi: { translation: vi } },
      // React escapes what it renders; i18next must not escape twice.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18n;
}
