import { useTranslation } from '../hooks/use-translation';
import { useMergedDataset, type MergedRecords } from '../hooks/use-merged-dataset';
import type { Citation } from '../domain/types';
import { useFormat } from '../hooks/use-format';
import { SafeLink } from './safe-link';
import { useQuotedTranslationNote } from '../hooks/use-quoted-translation-note';

const selectSources = (m: MergedRecords) => m.data.sources;

/**
 * The sources behind an item: the quoted sentence in the language of the text quoted, and where it
 * is. When that text is a translation, the citation says so: its link opens the original.
 */
export function CitationList({ citations }: { citations: Citation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: sources } = useMergedDataset(selectSources);
  const translationNote = useQuotedTranslationNote();
  return (
    <ul className="citations" aria-label={t('citations.title')}>
      {citations.map((c, i) => {
        const source = sources?.find((s) => s.id === c.sourceId);
        return (
          <li key={`${c.sourceId}-${i}`} className="citation">
            <blockquote lang={source?.language}>{c.quote}</blockquote>
            {source && (
              <p className="citation-source">
                {source.origin === 'user' ? (
                  <>
                    <span className="user-badge">{t('records.userAdded')}</span>{' '}
                    <SafeLink href={source.url}>{source.title}</SafeLink>
                  </>
                ) : (
                  // As a person cites: publisher, title (the link), date; never the file it was copied to.
                  <>
                    {source.publisher}, <SafeLink href={source.url}>{source.title}</SafeLink>, {format.date(source.publishedOn)}
                    {source.translation && <span className="citation-translation">{translationNote(source)}</span>}
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
