import type { ReactNode } from 'react';
import { AssessmentsContext } from '../hooks/use-latest-assessment';
import { useMergedDataset, type MergedRecords } from '../hooks/use-merged-dataset';

const NONE: MergedRecords['assessments'] = new Map();
const selectAssessments = (merged: MergedRecords) => merged.assessments;

/** Hands every view the recorded assessments, so a status can show its justification wherever it shows. */
export function AssessmentsProvider({ children }: { children: ReactNode }) {
  const { data } = useMergedDataset(selectAssessments);
  return <AssessmentsContext value={data ?? NONE}>{children}</AssessmentsContext>;
}
