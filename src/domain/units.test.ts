import { commitment, text } from '../../test/factories/dataset';
import { assignmentRecord } from '../../test/factories/snapshot';
import { effectiveUnits, hasUnit, sameUnit, unitsNamed } from './units';

const cited = commitment('t1', {
  units: { lead: text('Ministry of Foreign Affairs', 'Ministère des Affaires étrangères', 'Bộ Ngoại giao'), coLeads: [text('localities', 'les localités', 'các địa phương')], citations: [{ sourceId: 'src-1', quote: 'q' }] },
});

describe('a commitment’s effective units', () => {
  it('are the sources’ units when no one has set any', () => {
    expect(effectiveUnits(cited, undefined)).toMatchObject({ from: 'source', lead: { vi: 'Bộ Ngoại giao' }, dueOn: null });
    expect(effectiveUnits(commitment('t2'), undefined)).toEqual({ lead: null, coLeads: [], from: 'none', dueOn: null });
  });

  it('are the user’s when the user names a unit, in every language as typed', () => {
    const units = effectiveUnits(cited, assignmentRecord('u-a1', 't1', { lead: 'Provincial People’s Committee', coLeads: ['Ministry of Justice'], dueOn: '2026-06-30' }));
    expect(units).toEqual({
      lead: text('Provincial People’s Committee'),
      coLeads: [text('Ministry of Justice')],
      from: 'user',
      dueOn: '2026-06-30',
    });
  });

  it('keep the sources’ units when the user sets only a due date', () => {
    const units = effectiveUnits(cited, assignmentRecord('u-a1', 't1', { lead: ' ', coLeads: [], dueOn: '2026-06-30' }));
    expect(units).toMatchObject({ from: 'source', dueOn: '2026-06-30', lead: { en: 'Ministry of Foreign Affairs' } });
  });

  it('may have co-leads and no lead', () => {
    expect(effectiveUnits(commitment('t2'), assignmentRecord('u-a1', 't2', { lead: '', coLeads: ['Provinces'] }))).toMatchObject({ lead: null, coLeads: [text('Provinces')], from: 'user' });
  });
});

describe('units by name', () => {
  it('match a unit whatever its case, accents or outer spaces', () => {
    expect(sameUnit(' ministry of foreign affairs', 'Ministry of Foreign Affairs')).toBe(true);
    expect(sameUnit('Bo Ngoai giao', 'Bộ Ngoại giao')).toBe(true);
    expect(sameUnit('Ministry of Justice', 'Ministry of Foreign Affairs')).toBe(false);
  });

  it('find a commitment by its lead or a co-lead', () => {
    const units = effectiveUnits(cited, undefined);
    expect(hasUnit(units, 'Ministry of Foreign Affairs')).toBe(true);
    expect(hasUnit(units, 'Localities')).toBe(true);
    expect(hasUnit(units, 'Ministry of Justice')).toBe(false);
  });

  it('list each unit once, in the order first named', () => {
    const a = effectiveUnits(commitment('a'), assignmentRecord('u-1', 'a', { lead: 'Provinces', coLeads: ['Ministry of Justice'] }));
    const b = effectiveUnits(commitment('b'), assignmentRecord('u-2', 'b', { lead: 'ministry of justice', coLeads: ['Provinces'] }));
    expect(unitsNamed([a, b, effectiveUnits(commitment('c'), undefined)]).map((u) => u.en)).toEqual(['Provinces', 'Ministry of Justice']);
  });
});
