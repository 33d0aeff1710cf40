import { useTranslation } from '../../../hooks/use-translation';
import { CitationList } from '../../../components/citation-list';
import { InferredNote } from '../../../components/inferred-note';
import type { Fact } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';

/** Facts: figures the sources state (not targets), each with the sentence it comes from. */
export function StatedFacts({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (facts.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('overview.factsTitle')}</h2>
      <ul className="fact-list">
        {facts.map((f) => (
          <li key={f.id}>
            <details>
              <summary>
                <strong className="fact-value">
                  {f.approximate ? t('target.approx', { value: format.number(f.value) }) : format.number(f.value)}
                </strong>{' '}
                {format.text(f.label)} <span className="muted">({format.date(f.date)})</span>
                {f.inferred && <> <span className="inferred-badge">{t('inferred.badge')}</span></>}
              </summary>
              <InferredNote inferred={f.inferred} />
              <CitationList citations={f.citations} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
