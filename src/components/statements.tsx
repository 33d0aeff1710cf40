import type { Statement } from '../domain/types';
import { useFormat } from '../hooks/use-format';
import { CitationList } from './citation-list';
import { useTranslation } from '../hooks/use-translation';

/** What the sources state about an item (an objective, who organised, who spoke), each with its quote. */
export function Statements({ statements, title, headingLevel = 2 }: { statements?: Statement[]; title: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!statements || statements.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="statements" aria-label={title}>
      <Heading className="statements-title">{title}</Heading>
      <ul>
        {statements.map((s, i) => (
          <li key={i}>
            {format.text(s.text)}
            <details>
              <summary>{t('citations.show', { count: s.citations.length })}</summary>
              <CitationList citations={s.citations} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
