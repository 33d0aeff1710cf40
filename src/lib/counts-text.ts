import type { TFunction } from 'i18next';
import type { Commitment } from '../domain/types';

/** "6 tasks, 13 measures", pluralised for the language on screen. */
export function countsText(t: TFunction, commitments: Commitment[], key: 'resolution.counts' | 'deadline.commitments' | 'deadline.horizon') {
  let tasks = 0;
  let measures = 0;
  for (const c of commitments) {
    if (c.kind === 'task') tasks += 1;
    else if (c.kind === 'measure') measures += 1;
  }
  const taskText = t('resolution.tasksCount', { count: tasks });
  const measureText = t('resolution.measuresCount', { count: measures });
  // "2 measures due", not "0 tasks, 2 measures due".
  if (tasks === 0 || measures === 0) {
    const what = tasks === 0 && measures > 0 ? measureText : taskText;
    return t(`${key}One`, { what });
  }
  return t(key, { tasks: taskText, measures: measureText });
}
