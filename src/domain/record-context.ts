import { dataStartDate } from './data-range';
import type { RecordContext } from './record-rules';
import type { Dataset } from './types';

/** What the record rules need to know of the (merged) dataset on screen, and of today. */
export function recordContext(data: Dataset, today: string): RecordContext {
  const largest = new Map(data.targets.map((t) => [t.id, Math.max(0, ...t.milestones.map((m) => m.value))]));
  const shipped = (items: { id: string; origin?: 'user' }[]) => items.filter((x) => x.origin !== 'user').map((x) => x.id);
  return {
    dataStart: dataStartDate(data),
    today,
    largestMilestone: (targetId) => largest.get(targetId) ?? 0,
    shippedIds: new Set([...shipped(data.resolutions), ...shipped(data.commitments), ...shipped(data.targets), ...shipped(data.events)]),
  };
}
