import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { workspaceApiBase } from '../../../config/workspace';
import type { CalendarWords } from '../../../domain/calendar';
import { useShownLocale } from '../../../hooks/use-locale';
import { useMergedDataset } from '../../../hooks/use-merged-dataset';
import { datedName, downloadText } from '../../../lib/download';
import { calendarAddress, calendarText } from '../calendar-file';

/**
 * "Download the calendar" for every reader; on the team workspace, also a private address a
 * calendar application subscribes to. Either way the words are the reader's language.
 */
export function CalendarActions() {
  const { t } = useTranslation();
  const locale = useShownLocale();
  const merged = useMergedDataset().data;
  const [address, setAddress] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = workspaceApiBase();
  const words = {
    due: t('calendar.due'),
    milestone: t('calendar.milestone'),
    meeting: t('calendar.meeting'),
    action: t('calendar.action'),
    owner: t('calendar.owner'),
    about: t('calendar.about'),
    colon: t('calendar.colon'),
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(t('calendar.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const download = () =>
    run(async () => {
      if (!merged) return;
      const all: CalendarWords = { ...words, commitments: (count) => t('calendar.commitments', { n: count }) };
      downloadText(datedName('policy-targets-calendar', 'ics'), 'text/calendar', await calendarText(merged, locale, all, t('calendar.name')));
    });
  const subscribe = () =>
    run(async () => {
      setAddress(await calendarAddress(base ?? '', locale, { ...words, commitments: t('calendar.commitments', { n: '{{count}}' }) }, t('calendar.name')));
    });
  return (
    <div className="calendar-actions">
      <p className="muted">{t('calendar.downloadHint')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void download()} disabled={!merged || busy}>
          {t('calendar.download')}
        </button>
        {base !== undefined && (
          <button type="button" onClick={() => void subscribe()} disabled={busy}>
            {t('calendar.subscribe')}
          </button>
        )}
      </div>
      {address && (
        <label className="calendar-address">
          <span>{t('calendar.address')}</span>
          <input readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
          <span className="muted">{t('calendar.subscribeHint')}</span>
        </label>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
