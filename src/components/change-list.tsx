import { useTranslation } from '../hooks/use-translation';
import { changeSubject, type SnapshotChange } from '../domain/snapshot-diff';
import type { LocalizedText } from '../domain/types';
import { useChangeSentence } from '../hooks/use-change-sentence';

/** What changed, one sentence a change, in the order the comparison gives (people's work first). */
export function ChangeList({ changes, labels, units }: {
  changes: readonly SnapshotChange[];
  labels: ReadonlyMap<string, LocalizedText>;
  /** Each target's unit, said with its figures. */
  units: ReadonlyMap<string, LocalizedText>;
}) {
  const { t } = useTranslation();
  const sentence = useChangeSentence(labels, units);
  if (changes.length === 0) return <p className="empty">{t('meetings.change.nothing')}</p>;
  return (
    <ul className="change-list">
      {changes.map((c) => {
        const s = changeSubject(c);
        return <li key={`${c.kind}:${s.id}:${s.key}`}>{sentence(c)}</li>;
      })}
    </ul>
  );
}
