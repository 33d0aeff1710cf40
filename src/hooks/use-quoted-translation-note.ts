import { useCallback } from 'react';
import { useTranslation } from './use-translation';
import type { Source } from '../domain/types';
import { useFormat } from './use-format';

/**
 * For a source whose quotes come from a translation: the sentence that says so, and that its link
 * opens the original (where the quoted words will not be found). Null for a source quoted as is.
 */
export function useQuotedTranslationNote() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (source: Source): string | null =>
      source.translation
        ? t('citations.translation', {
            language: format.language(source.language),
            translator: source.translation.translatedBy,
            original: format.language(source.translation.originalLanguage),
          })
        : null,
    [t, format],
  );
}
