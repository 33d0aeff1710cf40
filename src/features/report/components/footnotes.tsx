import { Fragment } from 'react';
import { useTranslation } from '../../../hooks/use-translation';

/** The id of a bibliography entry, which every footnote number carrying it links to. */
export const bibliographyId = (n: number) => `source-${n}`;

/** Superscript numbers after a cited item, each the number of its source in the bibliography. */
export function FootnoteRefs({ notes }: { notes: number[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <sup className="footnote-refs">
      {notes.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && ','}
          <a href={`#${bibliographyId(n)}`} aria-label={t('report.footnoteRef', { n })}>
            {n}
          </a>
        </Fragment>
      ))}
    </sup>
  );
}
