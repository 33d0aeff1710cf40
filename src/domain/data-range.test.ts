import shipped from '../../public/data/dataset.json';
import { chartStartYear, dataStartDate } from './data-range';
import { parseDataset } from './parse-dataset';

describe('dataStartDate', () => {
  it('is the earliest date any source, event or fact speaks of', () => {
    expect(dataStartDate(parseDataset(shipped))).toBe('2024-11-28');
  });

  it('turns a year-only date into the first of January', () => {
    const data = parseDataset(shipped);
    expect(dataStartDate({ ...data, events: [{ ...data.events[0]!, date: '2020' }] })).toBe('2020-01-01');
  });
});

describe('chartStartYear', () => {
  it('starts at the first event, or today when that is earlier', () => {
    const data = parseDataset(shipped);
    expect(chartStartYear({ ...data, events: [{ ...data.events[0]!, date: '2020' }] }, '2026-01-01')).toBe(2020);
    expect(chartStartYear({ ...data, events: [] }, '2026-01-01')).toBe(2026);
  });
});
