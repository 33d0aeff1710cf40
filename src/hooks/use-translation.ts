import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

type T = TFunction<'translation'>;

/** One translate function per i18next instance and language, shared by every component. */
const fixedT = new WeakMap<I18n, { language: string; t: T }>();
function tOf(i18n: I18n): T {
  const language = i18n.language;
  let hit = fixedT.get(i18n);
  if (!hit || hit.language !== language) {
    hit = { language, t: i18n.getFixedT(language) as T };
    fixedT.set(i18n, hit);
  }
  return hit.t;
}

const subscribers = new WeakMap<I18n, (onChange: () => void) => () => void>();
function subscriberOf(i18n: I18n) {
  let subscribe = subscribers.get(i18n);
  if (!subscribe) {
    subscribe = (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    };
    subscribers.set(i18n, subscribe);
  }
  return subscribe;
}

/**
 * The app's translate function (`t`) and i18next, as react-i18next's hook of the same name gives
 * them, and re-rendering when the language changes. react-i18next's copies the i18next instance
 * and makes a translate function for every component that mounts: on the large tracker a filter
 * change mounts a few hundred list rows, and that was 5–8 ms of it. Here every component shares
 * one per language. (Languages load before they are switched to, so nothing waits or suspends;
 * see src/lib/i18n.ts.)
 */
export function useTranslation(): { t: T; i18n: I18n } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const t = useSyncExternalStore(subscriberOf(i18n), () => tOf(i18n), () => tOf(i18n));
  return { t, i18n };
}
