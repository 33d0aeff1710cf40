import { useTranslation } from '../hooks/use-translation';
import { DEADLINE_STATES, type DeadlineCounts, type DeadlineReport } from '../domain/deadline-counts';
import type { Resolution } from '../domain/types';
import { useFormat } from '../hooks/use-format';
import { useResolutionName } from '../hooks/use-resolution-name';
import { DataTable, type Column } from './data-table';

interface Row {
  key: string;
  label: string;
  counts: DeadlineCounts;
}

/**
 * The Government Office's counts as two tables, by resolution and by unit, each closed by its
 * total: the overview's panel, the report's section and the slide read the same tables.
 */
export function DeadlineCountsTables({ report, resolutions, windowed = false }: {
  report: DeadlineReport;
  resolutions: readonly Resolution[];
  /** In a box of fixed height (the overview): long tables draw only the rows in view. */
  windowed?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolutionName = useResolutionName();
  const code = new Map(resolutions.map((r) => [r.id, r.code]));
  const columns = (first: string): Column<Row>[] => [
    { header: first, cell: (r) => r.label },
    ...DEADLINE_STATES.map((s) => ({ header: t(`units.deadlines.states.${s}`), cell: (r: Row) => format.number(r.counts[s]), numeric: true })),
    { header: t('units.deadlines.total'), cell: (r) => format.number(r.counts.total), numeric: true },
  ];
  const total: Row = { key: 'total', label: t('units.deadlines.all'), counts: report.total };
  const byResolution: Row[] = [
    ...report.byResolution.filter((r) => r.counts.total > 0).map((r) => ({ key: r.resolutionId, label: resolutionName(code.get(r.resolutionId) ?? r.resolutionId), counts: r.counts })),
    total,
  ];
  const byUnit: Row[] = [
    ...report.byUnit.map((u) => ({ key: `unit-${u.key}`, label: format.text(u.unit), counts: u.counts })),
    ...(report.withoutUnit.total > 0 ? [{ key: 'no-unit', label: t('units.noUnit'), counts: report.withoutUnit }] : []),
  ];
  return (
    <div className="deadline-counts">
      <DataTable caption={t('units.deadlines.byResolution')} columns={columns(t('units.deadlines.resolution'))} rows={byResolution} rowKey={(r) => r.key} scrollable windowed={windowed} />
      <DataTable caption={t('units.deadlines.byUnit')} columns={columns(t('units.deadlines.unit'))} rows={byUnit} rowKey={(r) => r.key} scrollable windowed={windowed} />
    </div>
  );
}
