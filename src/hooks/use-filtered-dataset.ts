import { useCallback } from 'react';
import { applyFilters } from '../domain/filters';
import { useFilters } from './use-filters';
import { useMergedDataset, type MergedRecords } from './use-merged-dataset';

/** The merged dataset as the current filters show it. */
export function useFilteredDataset() {
  const { filters } = useFilters();
  const select = useCallback(
    (merged: MergedRecords) => ({
      data: merged.data,
      figures: merged.figures,
      figuresByTarget: merged.figuresByTarget,
      assessments: merged.assessments,
      assignments: merged.assignments,
      filtered: applyFilters(merged.data, filters, merged.assignments),
    }),
    [filters],
  );
  return useMergedDataset(select);
}
