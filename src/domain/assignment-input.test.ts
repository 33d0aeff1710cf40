import { splitCoLeads, validateAssignmentInput } from './assignment-input';

describe('the assignment form’s input', () => {
  it('reads a lead, co-leads one a line, and a due date', () => {
    expect(validateAssignmentInput({ lead: ' Ministry of Justice ', coLeads: 'Provinces\n\n Ministry of Finance ', dueOn: '2026-06-30' })).toEqual({
      ok: true,
      value: { lead: 'Ministry of Justice', coLeads: ['Provinces', 'Ministry of Finance'], dueOn: '2026-06-30' },
    });
  });

  it('accepts only a due date, or only units', () => {
    expect(validateAssignmentInput({ lead: '', coLeads: '', dueOn: '2026-06-30' })).toMatchObject({ ok: true, value: { lead: '', coLeads: [], dueOn: '2026-06-30' } });
    expect(validateAssignmentInput({ lead: 'Provinces', coLeads: '', dueOn: '' })).toMatchObject({ ok: true, value: { dueOn: null } });
  });

  it('refuses an empty assignment, a date that is not one, a co-lead named twice and too many', () => {
    expect(validateAssignmentInput({ lead: ' ', coLeads: '\n', dueOn: '' })).toEqual({ ok: false, errors: { lead: 'required' } });
    expect(validateAssignmentInput({ lead: 'A', coLeads: '', dueOn: '2026-02-30' })).toEqual({ ok: false, errors: { dueOn: 'not-a-date' } });
    expect(validateAssignmentInput({ lead: 'A', coLeads: 'B\nb', dueOn: '' })).toEqual({ ok: false, errors: { coLeads: 'duplicate' } });
    expect(validateAssignmentInput({ lead: 'A', coLeads: 'a', dueOn: '' })).toEqual({ ok: false, errors: { coLeads: 'duplicate' } });
    const many = Array.from({ length: 21 }, (_, i) => `Unit ${i}`).join('\n');
    expect(validateAssignmentInput({ lead: 'A', coLeads: many, dueOn: '' })).toEqual({ ok: false, errors: { coLeads: 'too-many' } });
    expect(validateAssignmentInput({ lead: 'x'.repeat(201), coLeads: '', dueOn: '' })).toEqual({ ok: false, errors: { lead: 'too-long' } });
  });

  it('splits co-leads on lines and semicolons', () => {
    expect(splitCoLeads('A; B\nC;;')).toEqual(['A', 'B', 'C']);
  });
});
