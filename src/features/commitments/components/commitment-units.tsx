import { useTranslation } from '../../../hooks/use-translation';
import { CitationList } from '../../../components/citation-list';
import type { Commitment } from '../../../domain/types';
import type { EffectiveUnits } from '../../../domain/units';
import { useFormat } from '../../../hooks/use-format';

/** Rows of the commitment's facts: who leads, who co-leads, where that comes from, and the team's due date. */
export function CommitmentUnitsFacts({ units }: { units: EffectiveUnits }) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = units.from === 'none' ? null : <span className="muted"> ({t(units.from === 'user' ? 'units.fromUser' : 'units.fromSource')})</span>;
  return (
    <>
      <dt>{t('units.lead')}</dt>
      <dd>
        {units.lead ? format.text(units.lead) : t('units.noUnit')}
        {from}
      </dd>
      {units.coLeads.length > 0 && (
        <>
          <dt>{t('units.coLeads')}</dt>
          <dd>{units.coLeads.map((u) => format.text(u)).join(', ')}</dd>
        </>
      )}
      {units.dueOn && (
        <>
          <dt>{t('units.dueOn')}</dt>
          <dd>{format.date(units.dueOn)}</dd>
        </>
      )}
    </>
  );
}

/** The sentences that name who is to act, and whether the dataset read a unit into them. */
export function CommitmentUnitsSources({ units }: { units: Commitment['units'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!units) return null;
  return (
    <section>
      <h2>{t('units.sourcesTitle')}</h2>
      {units.inferred && (
        <p className="inferred-note" role="note">
          <span className="inferred-badge">{t('inferred.badge')}</span> {t('units.inferred')} {format.text(units.inferred.note)}
        </p>
      )}
      <CitationList citations={units.citations} />
    </section>
  );
}
