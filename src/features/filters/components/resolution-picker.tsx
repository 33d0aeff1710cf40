import { Fragment, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { VirtualList } from '../../../components/virtual-list';
import { foldForSearch } from '../../../domain/localize';
import type { Resolution } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';

/** Up to this many resolutions show as chips; a ministry's hundreds get a searchable list. */
export const CHIPS_UP_TO = 12;

/** Choose resolutions: chips for a few, a disclosure with a search box for many. */
export function ResolutionPicker({ resolutions, selected, onToggle }: {
  resolutions: Resolution[];
  selected: string[];
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const chip = (r: Resolution) => (
    <label className="chip" title={format.text(r.title)}>
      <input type="checkbox" checked={selected.includes(r.id)} onChange={() => onToggle(r.id)} />
      {t('resolution.short', { code: r.code })}
    </label>
  );
  if (resolutions.length <= CHIPS_UP_TO) {
    return (
      <fieldset className="filter-resolutions">
        <legend>{t('filters.resolutions')}</legend>
        {resolutions.map((r) => (
          <Fragment key={r.id}>{chip(r)}</Fragment>
        ))}
      </fieldset>
    );
  }
  return <ManyResolutions resolutions={resolutions} selected={selected} chip={chip} />;
}

function ManyResolutions({ resolutions, selected, chip }: {
  resolutions: Resolution[];
  selected: string[];
  chip: (r: Resolution) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const panelId = useId();
  const needle = foldForSearch(search.trim());
  // Matched against what the checkbox shows ("Resolution 292/NQ-CP") and the title, so typing the label finds it.
  const searchable = (r: Resolution) => foldForSearch(`${t('resolution.short', { code: r.code })} ${format.text(r.title)}`);
  const shown = needle ? resolutions.filter((r) => searchable(r).includes(needle)) : resolutions;
  return (
    <div className="filter-resolutions many">
      <button type="button" className="picker-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('filters.resolutionsChosen', { count: selected.length, total: resolutions.length })}
      </button>
      {open && (
        <div id={panelId} className="picker-panel" role="group" aria-label={t('filters.resolutions')}>
          <label className="filter-field">
            {t('filters.findResolution')}
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <VirtualList items={shown} getKey={(r) => r.id} label={t('filters.resolutions')} className="picker-list" estimateSize={36} renderItem={chip} />
        </div>
      )}
    </div>
  );
}
