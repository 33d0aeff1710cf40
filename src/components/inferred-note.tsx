import { useTranslation } from '../hooks/use-translation';
import type { Inference } from '../domain/types';
import { useFormat } from '../hooks/use-format';

/**
 * Says that the dataset, not its source, decided something about an item (which task a measure
 * hangs under, which day a meeting was), and why. `compact` keeps the flag in view and the note
 * one click away, for lists where every row would otherwise repeat it.
 */
export function InferredNote({ inferred, compact = false }: { inferred?: Inference; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!inferred) return null;
  const badge = <span className="inferred-badge">{t('inferred.badge')}</span>;
  const note = `${t(`inferred.${inferred.what}`)} ${format.text(inferred.note)}`;
  if (compact)
    return (
      <details className="inferred">
        <summary>{badge}</summary>
        <p>{note}</p>
      </details>
    );
  return (
    <p className="inferred-note" role="note">
      {badge} {note}
    </p>
  );
}
