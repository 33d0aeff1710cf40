import type { AssessmentRecord } from './records';
import { summariseResolutions } from './summary';
import { cite, commitment, resolution, source } from '../../test/factories/dataset';
import { buildStatusSeries, labelsSegment } from '../charts/status-bars/build-status-series';
import { statusChartBasis } from './status-chart-basis';

const assessment = (commitmentId: string, date: string, text?: string): AssessmentRecord => ({
  id: `a-${commitmentId}-${date}`,
  kind: 'assessment',
  commitmentId,
  status: 'in_progress',
  date,
  justification: 'seen in the report',
  createdAt: `${date}T10:00:00.000Z`,
  updatedAt: `${date}T10:00:00.000Z`,
  ...(text ? { source: { text } } : {}),
});

describe('statusChartBasis', () => {
  const sources = [source({ id: 's1' }), source({ id: 's2', title: 'Second' }), source({ id: 'unused' })];
  const commitments = [commitment('c1', { citations: cite('s1') }), commitment('c2', { citations: [...cite('s2'), ...cite('s1')] })];

  it('lists each source behind the counted commitments once, in order, and dates the chart by the dataset', () => {
    const basis = statusChartBasis(commitments, sources, new Map(), '2026-01-15');
    expect(basis.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(basis).toMatchObject({ asOf: '2026-01-15', assessmentSources: [] });
  });

  it('follows the newest assessment of each commitment: its date and its source', () => {
    const assessments = new Map([
      ['c1', [assessment('c1', '2026-03-02', 'Ministry report'), assessment('c1', '2026-02-01', 'Older note')]],
      ['c2', [assessment('c2', '2025-12-01')]],
      ['elsewhere', [assessment('elsewhere', '2027-01-01', 'Not charted')]],
    ]);
    const basis = statusChartBasis(commitments, sources, assessments, '2026-01-15');
    expect(basis.asOf).toBe('2026-03-02');
    expect(basis.assessmentSources).toEqual([{ text: 'Ministry report' }]);
  });
});

describe('status segment labels', () => {
  it('prints a count only on a segment wide enough for it', () => {
    const many = Array.from({ length: 40 }, (_, i) => commitment(`c${i}`));
    const series = buildStatusSeries(summariseResolutions([resolution('r1')], many), (s) => s.resolution.code);
    expect(labelsSegment(series, 40)).toBe(true);
    expect(labelsSegment(series, 1)).toBe(false);
    expect(labelsSegment(series, 0)).toBe(false);
  });
});
