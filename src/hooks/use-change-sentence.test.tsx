import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { decision } from '../../test/factories/snapshot';
import { text } from '../../test/factories/dataset';
import type { ItemState } from '../domain/snapshot';
import type { SnapshotChange } from '../domain/snapshot-diff';
import { initI18n } from '../lib/i18n';
import { useChangeSentence } from './use-change-sentence';

const labels = new Map([
  ['t1', text('Adopt the decree.', 'Adopter le décret.', 'Ban hành nghị định.')],
  ['tg1', text('Agencies abroad', 'Représentations à l’étranger', 'Cơ quan đại diện')],
]);
const units = new Map([['tg1', text('agencies', 'représentations', 'cơ quan')]]);
const gone: ItemState = { id: 'm9', kind: 'commitment', label: text('A removed measure', 'Une mesure supprimée', 'Một biện pháp đã xóa'), fingerprint: '', deadlines: [] };
const done = decision('u-d1', { text: 'Send the decree', owner: 'Legal Department', dueOn: '2026-06-30', done: { on: '2026-06-01', note: 'Sent to all provinces' } });

const CHANGES: SnapshotChange[] = [
  { kind: 'status', commitmentId: 't1', from: 'in_progress', to: 'at_risk', assessment: { by: 'lan@example.org', on: '2026-05-02', justification: 'Funding cut' } },
  { kind: 'figure', targetId: 'tg1', from: { value: 95, asOf: '2025-12-31', source: 'MOFA' }, to: { value: 97.5, asOf: '2026-06-30', source: 'MOFA' }, verdictFrom: 'no_data', verdictTo: 'behind', paceSoFar: 5, paceNeeded: 4.5 },
  { kind: 'figure', targetId: 'tg1', from: null, to: { value: 95, asOf: '2025-12-31', source: 'MOFA' }, verdictFrom: 'no_data', verdictTo: 'no_data', paceSoFar: null, paceNeeded: 4 },
  { kind: 'verdict', targetId: 'tg1', from: 'on_track', to: 'behind' },
  { kind: 'item-removed', item: gone },
  { kind: 'deadline-passed', itemId: 't1', key: 'due', year: 2025, status: 'in_progress' },
  { kind: 'deadline-moved', itemId: 't1', key: 'horizon', from: null, to: 2030 },
  { kind: 'decision-done', decision: done },
  { kind: 'decision-overdue', decision: { ...done, done: null } },
];

async function sentences(lng: 'en' | 'fr' | 'vi') {
  const i18n = initI18n(lng);
  await i18n.changeLanguage(lng);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  const { result, unmount } = renderHook(() => useChangeSentence(labels, units), { wrapper });
  const said = CHANGES.map(result.current);
  // The next language is set on the same i18next: nothing of this one may be mounted then.
  unmount();
  return said;
}

describe('useChangeSentence', () => {
  it('says each change in English: who moved what and why, what a figure did, what time did', async () => {
    expect(await sentences('en')).toEqual([
      'Adopt the decree: In progress → At risk. Assessed by lan@example.org on 2 May 2026: “Funding cut”',
      'Agencies abroad: new figure 97.5 agencies (30 June 2026), was 95 agencies (31 December 2025). Verdict: No data → Behind. Pace so far 5 a year; needed 4.5 a year.',
      'Agencies abroad: first figure 95 agencies (31 December 2025). Verdict: No data. Pace needed: 4 a year.',
      'Agencies abroad: verdict On track → Behind.',
      'Removed (commitment): A removed measure.',
      'Adopt the decree: the 2025 deadline passed. Status: In progress.',
      'Adopt the decree: plan horizon moved from none to 2030.',
      'Done: Send the decree (Legal Department, on 1 June 2026). “Sent to all provinces”',
      'Overdue: Send the decree (Legal Department, was due 30 June 2026).',
    ]);
  });

  it('says them in French and Vietnamese, with their dates, numbers and labels', async () => {
    const fr = await sentences('fr');
    expect(fr[0]).toBe('Adopter le décret\u202f: En cours → À risque. Évalué par lan@example.org le 2 mai 2026\u202f: «\u202fFunding cut\u202f»');
    expect(fr[1]).toContain('nouveau chiffre 97,5 représentations (30 juin 2026)');
    expect(fr[4]).toBe('Suppression (engagement)\u202f: Une mesure supprimée.');
    const vi = await sentences('vi');
    expect(vi[5]).toBe('Ban hành nghị định: đã qua hạn năm 2025. Trạng thái: Đang thực hiện.');
    expect(vi[8]).toMatch(/^Quá hạn: Send the decree \(Legal Department, hạn .+2026\)\.$/);
  });
});
