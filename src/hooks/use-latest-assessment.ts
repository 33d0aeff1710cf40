import { createContext, useContext } from 'react';
import type { AssessmentRecord } from '../domain/records';

/** Each commitment's recorded assessments, newest first (the merged dataset's), for the views below the app's layout. */
export const AssessmentsContext = createContext<ReadonlyMap<string, AssessmentRecord[]>>(new Map());

/** The assessment that set a commitment's status now, or null when none of the user's did. */
export function useLatestAssessment(commitmentId: string): AssessmentRecord | null {
  return useContext(AssessmentsContext).get(commitmentId)?.[0] ?? null;
}
