import { useTranslation } from '../../../hooks/use-translation';
import { useSearchParams } from 'react-router';
import { ChangeList } from '../../../components/change-list';
import { OpenActionsTable } from '../../../components/open-actions-table';
import { changesCsv } from '../../../domain/changes-csv';
import { changeLabel, NOW } from '../../../domain/what-changed';
import { useComparisonTitle } from '../../../hooks/use-change-sentence';
import { useFormat } from '../../../hooks/use-format';
import { useWhatChanged } from '../../../hooks/use-what-changed';
import { datedName, downloadText } from '../../../lib/download';

/** The URL's names for the two ends of the comparison ("from" is the presentation's way back). */
const SINCE = 'since';
const UNTIL = 'until';

/**
 * "What changed since the last meeting", the first question of every review: shown once a
 * meeting has been held, the two ends chosen in the URL, the changes downloadable as CSV.
 */
export function SinceLastMeeting() {
  const { t } = useTranslation();
  const format = useFormat();
  const title = useComparisonTitle();
  const [params, setParams] = useSearchParams();
  const query = useWhatChanged({ from: params.get(SINCE), to: params.get(UNTIL) });
  const view = query.data;
  if (!view) return null;
  const { comparison, changes, labels, units, actions } = view;
  const choose = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        if (name === SINCE) next.delete(UNTIL);
        return next;
      },
      { replace: true },
    );
  const download = () =>
    downloadText(datedName('policy-targets-changes', 'csv'), 'text/csv', changesCsv(changes, (c) => changeLabel(c, labels, format.locale)));
  return (
    <section className="panel since-meeting" aria-labelledby="since-meeting-title">
      <h2 id="since-meeting-title">{t('meetings.since.title')}</h2>
      <p className="muted">{title(comparison.from, comparison.to)}</p>
      <div className="form-row since-pickers">
        <label className="filter-field">
          {t('meetings.since.from')}
          <select value={comparison.from.id} onChange={(e) => choose(SINCE, e.target.value)}>
            {comparison.fromOptions.map((m) => (
              <option key={m.id} value={m.id}>
                {t('meetings.since.option', { title: m.title, date: format.date(m.date) })}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          {t('meetings.since.to')}
          <select value={comparison.to?.id ?? NOW} onChange={(e) => choose(UNTIL, e.target.value)}>
            {comparison.toOptions.map((m) => (
              <option key={m.id} value={m.id}>
                {t('meetings.since.option', { title: m.title, date: format.date(m.date) })}
              </option>
            ))}
            <option value={NOW}>{t('meetings.since.now')}</option>
          </select>
        </label>
      </div>
      <ChangeList changes={changes} labels={labels} units={units} />
      <div className="form-actions">
        <button type="button" onClick={download} disabled={changes.length === 0}>
          {t('meetings.since.csv')}
        </button>
      </div>
      <OpenActionsTable actions={actions} caption={t('meetings.actions.title')} />
    </section>
  );
}
