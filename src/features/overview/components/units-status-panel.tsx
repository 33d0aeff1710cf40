import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState } from '../../../components/query-state';
import type { StatusCounts } from '../../../domain/deadline-counts';
import { filtersFromSearchParams, filtersToSearchParams } from '../../../domain/filters';
import type { LocalizedText, Status } from '../../../domain/types';
import { STATUSES } from '../../../domain/vocabulary';
import { useFormat } from '../../../hooks/use-format';

interface Row {
  key: string;
  unit: LocalizedText | null;
  counts: StatusCounts;
}

/** Commitments per responsible unit and status; each unit opens the lists filtered to it (unit= in the URL). */
export const UnitsStatusPanel = memo(function UnitsStatusPanel({ byUnit, withoutUnit }: {
  byUnit: { unit: LocalizedText; key: string; counts: StatusCounts }[];
  withoutUnit: StatusCounts;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const rows: Row[] = [...byUnit, ...(withoutUnit.total > 0 ? [{ key: '', unit: null, counts: withoutUnit }] : [])];
  // Only the statuses some commitment has, so the table fits a phone and a projector.
  const shown = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  const linkTo = (key: string) => ({ search: filtersToSearchParams({ ...filtersFromSearchParams(params), unit: key }, params).toString() });
  const columns: Column<Row>[] = [
    {
      header: t('units.byUnit.unit'),
      cell: (r) =>
        r.unit ? (
          <Link to={linkTo(r.key)} aria-label={t('units.byUnit.show', { unit: format.text(r.unit) })}>
            {format.text(r.unit)}
          </Link>
        ) : (
          t('units.noUnit')
        ),
    },
    ...shown.map((s: Status) => ({ header: t(`status.${s}`), cell: (r: Row) => format.number(r.counts[s]), numeric: true })),
    { header: t('units.byUnit.total'), cell: (r) => format.number(r.counts.total), numeric: true },
  ];
  return (
    <section className="panel" aria-labelledby="units-status-title">
      <h2 id="units-status-title">{t('units.byUnit.title')}</h2>
      {byUnit.length === 0 ? (
        <EmptyState>{t('units.byUnit.none')}</EmptyState>
      ) : (
        <DataTable caption={t('units.byUnit.caption')} columns={columns} rows={rows} rowKey={(r) => r.key || 'no-unit'} scrollable />
      )}
    </section>
  );
});
