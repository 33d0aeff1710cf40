import { useTranslation } from './use-translation';
import type { RecordSource } from '../domain/records';
import type { Source } from '../domain/types';
import { useFormat } from './use-format';

/** One line per source for an exported chart: a published article, or what a user wrote. */
export function useSourceLine() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    published: (s: Source) =>
      s.url && s.origin !== 'user'
        ? t('chart.source', { title: s.title, publisher: s.publisher, date: format.date(s.publishedOn), url: s.url })
        : t('chart.userSource', { text: `${s.title}${s.url ? ` <${s.url}>` : ''}` }),
    recorded: (s: RecordSource) => t('chart.userSource', { text: `${s.text}${s.url ? ` <${s.url}>` : ''}` }),
  };
}
