import { describe, expect, it } from 'vitest';
import { validateDecisionInput, validateDoneInput, validateMeetingInput } from './meeting-input';

describe('validateMeetingInput', () => {
  it('reads a meeting held today or before, trimmed', () => {
    expect(validateMeetingInput({ date: '2026-12-02', title: ' Review ', participants: ' A, B ', notes: ' ' }, '2026-12-02')).toEqual({
      ok: true,
      value: { date: '2026-12-02', title: 'Review', participants: 'A, B', notes: '' },
    });
  });

  it('refuses a meeting in the future, without a title or with a title too long', () => {
    expect(validateMeetingInput({ date: '2026-12-03', title: '', participants: '', notes: '' }, '2026-12-02')).toEqual({
      ok: false,
      errors: { date: 'in-future', title: 'required' },
    });
    expect(validateMeetingInput({ date: '2026-02-30', title: 'x'.repeat(301), participants: '', notes: '' }, '2026-12-02')).toEqual({
      ok: false,
      errors: { date: 'not-a-date', title: 'too-long' },
    });
  });
});

describe('validateDecisionInput', () => {
  const ctx = { known: new Set(['t1']), meetingDate: '2026-12-01' };
  it('needs a text, an owner and a due day; linked commitments must exist', () => {
    expect(validateDecisionInput({ text: 'Send it', owner: 'Ministry', dueOn: '2026-12-20', commitmentIds: ['t1', 't1'] }, ctx)).toEqual({
      ok: true,
      value: { text: 'Send it', owner: 'Ministry', dueOn: '2026-12-20', commitmentIds: ['t1'] },
    });
    expect(validateDecisionInput({ text: ' ', owner: '', dueOn: '', commitmentIds: ['nope'] }, ctx)).toEqual({
      ok: false,
      errors: { text: 'required', owner: 'required', dueOn: 'required', commitmentIds: 'not-a-choice' },
    });
  });

  it('is due on the day of the meeting or later', () => {
    expect(validateDecisionInput({ text: 'Send it', owner: 'Ministry', dueOn: '2026-12-01', commitmentIds: [] }, ctx).ok).toBe(true);
    expect(validateDecisionInput({ text: 'Send it', owner: 'Ministry', dueOn: '2026-11-30', commitmentIds: [] }, ctx)).toEqual({ ok: false, errors: { dueOn: 'before-data' } });
  });
});

describe('validateDoneInput', () => {
  it('is done between the meeting and today', () => {
    const ctx = { meetingDate: '2026-11-01', today: '2026-12-02' };
    expect(validateDoneInput({ on: '2026-11-15', note: ' sent ' }, ctx)).toEqual({ ok: true, value: { on: '2026-11-15', note: 'sent' } });
    expect(validateDoneInput({ on: '2026-10-01', note: '' }, ctx)).toEqual({ ok: false, errors: { on: 'before-data' } });
    expect(validateDoneInput({ on: '2026-12-03', note: '' }, ctx)).toEqual({ ok: false, errors: { on: 'in-future' } });
  });
});
