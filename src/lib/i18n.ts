import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/**
 * English ships inside the app's script (the source of truth and the fallback); French and
 * Vietnamese are chunks of their own, fetched the first time they are needed, so the first
 * view carries one language's catalogue, not three.
 */
const otherCatalogues: Record<string, () => Promise<{ default: unknown }>> = {
  fr: () => import('../i18n/locales/fr.json'),
  vi: () => import('../i18n/locales/vi.json'),
};

/** i18next's own way of loading a language on demand: `changeLanguage` waits for it. */
export const lazyCatalogues: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    const load = otherCatalogues[language];
    if (!load) return callback(null, {});
    load().then(
      (catalogue) => callback(null, catalogue.default as Record<string, unknown>),
      (error: Error) => callback(error, false),
    );
  },
};

let ready: Promise<unknown> = Promise.resolve();

/** en.json is the source of truth; a key missing elsewhere falls back to English. */
export function initI18n(lng = 'en') {
  if (!i18n.isInitialized) {
    ready = i18n
      .use(lazyCatalogues)
      .use(initReactI18next)
      .init({
        lng,
        fallbackLng: 'en',
        supportedLngs: ['en', 'fr', 'vi'],
        resources: { en: { translation: en } },
        partialBundledLanguages: true,
        // React escapes what it renders; i18next must not escape twice.
        interpolation: { escapeValue: false },
        returnNull: false,
        // A language still loading keeps the one on screen; nothing suspends.
        react: { useSuspense: false },
      });
  }
  return i18n;
}

/** Starts i18next in `lng` and resolves once that language's catalogue is there: the first paint waits for it. */
export async function startI18n(lng: string) {
  const instance = initI18n(lng);
  await ready;
  if (instance.language !== lng) await instance.changeLanguage(lng);
  return instance;
}
