import { commitment } from '../../test/factories/dataset';
import { countsText } from './counts-text';
import { initI18n } from './i18n';

const t = initI18n('en').getFixedT('en');
const task = (id: string) => commitment(id, { kind: 'task', parentId: null });
const measure = (id: string) => commitment(id, { kind: 'measure', parentId: 't' });

describe('countsText', () => {
  it('names both kinds when there are both', () => {
    expect(countsText(t, [task('a'), measure('b'), measure('c')], 'resolution.counts')).toBe('1 task, 2 measures');
  });

  it('leaves out a kind there is none of', () => {
    expect(countsText(t, [measure('b'), measure('c')], 'deadline.commitments')).toBe('2 measures due');
    expect(countsText(t, [task('a')], 'resolution.counts')).toBe('1 task');
  });
});
