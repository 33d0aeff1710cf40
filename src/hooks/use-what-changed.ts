import { useCallback } from 'react';
import { openActions, toDecision } from '../domain/decisions';
import type { MergedRecords } from '../domain/merge-records';
import { takeSnapshot } from '../domain/snapshot';
import { changesOf, pickComparison, subjectLabels } from '../domain/what-changed';
import { useMergedDataset } from './use-merged-dataset';
import { useToday } from './use-today';

export type ComparisonRequest = { from?: string | null; to?: string | null };

/**
 * What changed between two meetings, or since one until now (the state today, as a meeting held
 * now would see it), with the labels to name it by and the open actions; null before the first meeting.
 */
export function useWhatChanged(request: ComparisonRequest = {}) {
  const today = useToday();
  const { from = null, to = null } = request;
  const select = useCallback(
    (merged: MergedRecords) => {
      const comparison = pickComparison(merged.meetings, { from, to });
      if (!comparison) return null;
      const now = comparison.to ? null : takeSnapshot(merged, today, merged.decisions.map(toDecision));
      const changes = changesOf(comparison, now ?? comparison.from.snapshot);
      const labels = subjectLabels(merged.data, [comparison.from.snapshot, ...(comparison.to ? [comparison.to.snapshot] : [])]);
      const units = new Map(merged.data.targets.map((t) => [t.id, t.unit]));
      return { comparison, changes, labels, units, today, actions: openActions(merged.decisions, today) };
    },
    [from, to, today],
  );
  return useMergedDataset(select);
}

export type WhatChanged = NonNullable<NonNullable<ReturnType<typeof useWhatChanged>['data']>>;
