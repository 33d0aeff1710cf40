import type { TFunction } from 'i18next';
import type { Commitment } from '../domain/types';

/** "6 tasks, 13 measures", pluralised for the language on screen. */
export function countsText(t: TFunction, commitments: Commitment[], key: 'resolution.counts' | 'deadline.commitments') {
  const tasks = commitments.filter((c) => c.kind === 'task').length;
  const measures = commitments.filter((c) => c.kind === 'measure').length;
  return t(key, {
    tasks: t('resolution.tasksCount', { count: tasks }),
    measures: t('resolution.measuresCount', { count: measures }),
  });
}
