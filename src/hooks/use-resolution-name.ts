import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from './use-translation';

/** Each language's short names, made once: a filter change on a large tracker names every resolution again. */
const names = new WeakMap<TFunction<'translation'>, Map<string, string>>();

function nameOf(t: TFunction<'translation'>, code: string): string {
  let known = names.get(t);
  if (!known) names.set(t, (known = new Map()));
  let name = known.get(code);
  if (name === undefined) known.set(code, (name = t('resolution.short', { code })));
  return name;
}

/** A resolution's short name in the language shown ("Resolution 292/NQ-CP"), from its code. */
export function useResolutionName(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback((code: string) => nameOf(t, code), [t]);
}
