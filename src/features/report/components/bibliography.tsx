import { useTranslation } from '../../../hooks/use-translation';
import { isHttpUrl, SafeLink } from '../../../components/safe-link';
import type { BibliographyEntry } from '../../../domain/bibliography';
import { useFormat } from '../../../hooks/use-format';
import { useQuotedTranslationNote } from '../../../hooks/use-quoted-translation-note';
import { bibliographyId } from './footnotes';

/** A link printed in full, so the paper copy still says where the source is. */
function PrintedLink({ url }: { url: string }) {
  if (!isHttpUrl(url)) return null;
  return (
    <>
      {' '}
      <SafeLink href={url}>
        <span className="footnote-url">{url}</span>
      </SafeLink>
    </>
  );
}

function Entry({ entry }: { entry: BibliographyEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const translationNote = useQuotedTranslationNote();
  switch (entry.kind) {
    case 'source': {
      const { source } = entry;
      const note = translationNote(source);
      return (
        <>
          {t('report.footnoteSource', { publisher: source.publisher, title: source.title, date: format.date(source.publishedOn) })}.
          <PrintedLink url={source.url} />
          {note && <span className="footnote-source">{isHttpUrl(source.url) && '.'} {note}</span>}
        </>
      );
    }
    case 'record':
      return (
        <>
          {entry.text}. <span className="footnote-source">{t('report.recordSource')}</span>
          {entry.url && <PrintedLink url={entry.url} />}
        </>
      );
    case 'missing':
      return <>{t('report.sourceMissing', { id: entry.sourceId })}</>;
  }
}

/** Every source the report cites, once each, under the number the text gives it. */
export function Bibliography({ entries }: { entries: BibliographyEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <section className="report-bibliography" aria-labelledby="report-sources">
      <h2 id="report-sources">{t('report.footnotes')}</h2>
      <p className="muted">{t('report.bibliographyNote')}</p>
      <ol>
        {entries.map((entry) => (
          <li key={entry.n} id={bibliographyId(entry.n)} value={entry.n}>
            <Entry entry={entry} />
          </li>
        ))}
      </ol>
    </section>
  );
}
