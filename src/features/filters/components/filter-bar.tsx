import { startTransition, useEffect, useMemo, useOptimistic, useRef, useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { useMergedDataset, type MergedRecords } from '../../../hooks/use-merged-dataset';
import { isFiltering, type Filters } from '../../../domain/filters';
import { effectiveUnits, sameUnit, unitKey, unitsNamed } from '../../../domain/units';
import { STATUSES } from '../../../domain/vocabulary';
import type { Dataset, Status } from '../../../domain/types';
import { useFilters } from '../../../hooks/use-filters';
import { useFormat } from '../../../hooks/use-format';
import { PhoneFold } from '../../../components/phone-fold';
import { ResolutionPicker } from './resolution-picker';

/** The years anything falls due in or a plan runs to, for the "deadline or horizon by" choice. */
const horizonYears = (data: Dataset) =>
  [
    ...new Set([
      ...data.commitments.flatMap((c) => [c.dueYear ?? c.horizonYear ?? null].filter((y): y is number => y !== null)),
      ...data.targets.flatMap((t) => t.milestones.map((m) => m.year)),
    ]),
  ].sort();

/** The dataset, and every unit named as lead or co-lead (by the sources or by users), for the unit choice. */
const selectData = (m: MergedRecords) => ({
  data: m.data,
  units: unitsNamed(m.data.commitments.map((c) => effectiveUnits(c, m.assignments.get(c.id)))),
});

export function FilterBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters: inUrl, setFilters } = useFilters();
  // The controls show a choice the moment it is made. The view follows it through the router,
  // in a transition; bound to the URL alone, a ticked box unticked itself and a status went back
  // to "All statuses" until then (70 ms on the shipped data, 110 ms and more on the large one).
  const [filters, showFilters] = useOptimistic(inUrl, (current: Filters, update: Partial<Filters>) => ({ ...current, ...update }));
  const change = (update: Partial<Filters>) =>
    startTransition(() => {
      showFilters(update);
      setFilters(update);
    });
  const { data: selected } = useMergedDataset(selectData);
  const data = selected?.data;
  const years = useMemo(() => (data ? horizonYears(data) : []), [data]);
  // The search box keeps its own text while typing; the URL follows a moment later, so fast
  // typing never loses a keystroke to a navigation in flight.
  const [query, setQuery] = useState(filters.query);
  const [urlQuery, setUrlQuery] = useState(filters.query);
  if (urlQuery !== filters.query) {
    // The URL changed from elsewhere (back button, "clear filters"): show what it says.
    setUrlQuery(filters.query);
    setQuery(filters.query);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const typeQuery = (value: string) => {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => change({ query: value }), 150);
  };
  if (!data || !selected) return null;
  // A unit in the URL that no commitment names any longer stays a choice, so the filter shows what it is.
  const unitChoices = selected.units.map((u) => ({ key: unitKey(u), label: format.text(u) }));
  const chosenUnit = filters.unit === null ? '' : (unitChoices.find((u) => sameUnit(u.key, filters.unit!))?.key ?? filters.unit);
  if (filters.unit !== null && !unitChoices.some((u) => u.key === chosenUnit)) unitChoices.push({ key: chosenUnit, label: chosenUnit });

  const toggleResolution = (id: string) =>
    change({
      resolutions: filters.resolutions.includes(id)
        ? filters.resolutions.filter((r) => r !== id)
        : [...filters.resolutions, id],
    });

  const active = filters.resolutions.length + filters.statuses.length + (filters.horizon === null ? 0 : 1) + (filters.query ? 1 : 0) + (filters.unit === null ? 0 : 1);
  const controls = (
    <>
      <ResolutionPicker resolutions={data.resolutions} selected={filters.resolutions} onToggle={toggleResolution} />
      <label className="filter-field">
        {t('filters.status')}
        <select
          value={filters.statuses[0] ?? ''}
          onChange={(e) => change({ statuses: e.target.value ? [e.target.value as Status] : [] })}
        >
          <option value="">{t('filters.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        {t('filters.horizon')}
        <select
          value={filters.horizon ?? ''}
          onChange={(e) => change({ horizon: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('filters.anyYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {format.year(y)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        {t('units.filter.label')}
        <select value={chosenUnit} onChange={(e) => change({ unit: e.target.value || null })}>
          <option value="">{t('units.filter.all')}</option>
          {unitChoices.map((u) => (
            <option key={u.key} value={u.key}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field filter-search">
        {t('filters.search')}
        <input
          type="search"
          value={query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => typeQuery(e.target.value)}
        />
      </label>
    </>
  );
  return (
    <section role="search" className="filter-bar" aria-label={t('filters.label')}>
      {/* A phone folds the filters under one summary line, so the answers fit the first screen. */}
      <PhoneFold
        summary={`${t('filters.label')}${active > 0 ? ` · ${t('filters.active', { count: active })}` : ''}`}
        className="filter-disclosure"
        bodyClassName="filter-disclosure-body"
      >
        {controls}
      </PhoneFold>
      {isFiltering(filters) && (
        <button type="button" className="link-button" onClick={() => change({ resolutions: [], statuses: [], horizon: null, query: '', unit: null })}>
          {t('filters.clear')}
        </button>
      )}
    </section>
  );
}
