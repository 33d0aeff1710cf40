import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl, SafeLink } from '../../../components/safe-link';
import type { Footnote } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { useQuotedTranslationNote } from '../../../hooks/use-quoted-translation-note';

const footnoteId = (sectionId: string, n: number) => `fn-${sectionId}-${n}`;

/** Superscript numbers after a cited item, each linked to its footnote at the end of the section. */
export function FootnoteRefs({ sectionId, notes }: { sectionId: string; notes: number[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <sup className="footnote-refs">
      {notes.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && ','}
          <a href={`#${footnoteId(sectionId, n)}`} aria-label={t('report.footnoteRef', { n })}>
            {n}
          </a>
        </Fragment>
      ))}
    </sup>
  );
}

/** The section's sources, numbered as cited: the quoted sentence, then who published it, when, and where. */
export function FootnoteList({ sectionId, footnotes }: { sectionId: string; footnotes: Footnote[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const translationNote = useQuotedTranslationNote();
  const headingId = `${footnoteId(sectionId, 0)}-title`;
  return (
    <section className="report-footnotes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.footnotes')}</h3>
      <ol>
        {footnotes.map((f) => (
          <li key={f.n} id={footnoteId(sectionId, f.n)} value={f.n}>
            <q lang={f.source?.language}>{f.quote}</q>{' '}
            <span className="footnote-source">
              {f.source
                ? t('report.footnoteSource', {
                    publisher: f.source.publisher,
                    title: f.source.title,
                    date: format.date(f.source.publishedOn),
                  })
                : t('report.sourceMissing', { id: f.sourceId })}
              {f.source?.origin === 'user' && <> ({t('records.userAdded')})</>}
              {f.source && isHttpUrl(f.source.url) && (
                <>
                  {'. '}
                  <SafeLink href={f.source.url}>
                    <span className="footnote-url">{f.source.url}</span>
                  </SafeLink>
                </>
              )}
              {f.source?.translation && <>{'. '}{translationNote(f.source)}</>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
