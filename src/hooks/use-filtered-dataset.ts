import { useCallback } from 'react';
import { useDataset } from '../api/get-dataset';
import { applyFilters } from '../domain/filters';
import type { Dataset } from '../domain/types';
import { useFilters } from './use-filters';

/** The dataset as the current filters show it; react-query memoises the selection. */
export function useFilteredDataset() {
  const { filters } = useFilters();
  const select = useCallback((data: Dataset) => ({ data, filtered: applyFilters(data, filters) }), [filters]);
  return useDataset(select);
}
