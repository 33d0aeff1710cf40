import { dataAsOf } from './as-of';
import { dataset, figure } from '../../test/factories/dataset';
import type { AssessmentRecord } from './records';

const assessment = (date: string) => ({ id: `a-${date}`, kind: 'assessment', commitmentId: 'c1', status: 'at_risk', date, justification: 'why' }) as AssessmentRecord;

describe('dataAsOf', () => {
  const data = dataset({ updatedOn: '2025-09-25' });

  it('is the dataset date without later records', () => {
    expect(dataAsOf(data, [figure('t', 1, '2025-06-30')], new Map())).toBe('2025-09-25');
  });

  it('is the latest recorded figure or assessment when later', () => {
    expect(dataAsOf(data, [figure('t', 1, '2025-10-01')], new Map())).toBe('2025-10-01');
    expect(dataAsOf(data, [figure('t', 1, '2025-10-01')], new Map([['c1', [assessment('2025-11-02')]]]))).toBe('2025-11-02');
  });
});
