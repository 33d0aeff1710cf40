import fc from 'fast-check';
import {
  figureRecordSchema,
  assessmentRecordSchema,
  userCommitmentSchema,
  userEventSchema,
  userResolutionSchema,
  userTargetSchema,
} from './records';
import {
  parseDecimal,
  validateAssessmentInput,
  validateCommitmentInput,
  validateEventInput,
  validateFigureInput,
  validateResolutionInput,
  validateTargetInput,
} from './record-validation';

const ctx = { dataStart: '2020-01-01', today: '2026-03-01', largestMilestone: 150 };
const stamps = { id: 'u-x', createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' };
const figure = (over: Partial<Parameters<typeof validateFigureInput>[0]> = {}) =>
  validateFigureInput({ value: '57', asOf: '2025-12-31', sourceText: 'Ministry report', sourceUrl: '', note: '', ...over }, ctx);
const errorsOf = (result: { ok: boolean; errors?: object }) => (result.ok ? {} : result.errors);

describe('parseDecimal', () => {
  it.each([
    ['57', 57],
    [' 1 234 ', 1234],
    ['1\u00A0234\u202F567', 1234567],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1 234,25', 1234.25],
    ['0', 0],
    ['-0', 0],
    ['-3', -3],
    ['+7', 7],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it.each(['12abc', '1e400', '1e3', 'Infinity', 'NaN', '', '1.2.3', '1,234.5', '12 34', '.5', '0x10', '1 2'])('refuses %j', (raw) => {
    expect(parseDecimal(raw)).toBeNull();
  });
});

describe('validateFigureInput', () => {
  it('gives a complete figure, trimmed, with empty optional fields left out', () => {
    expect(figure({ value: ' 1 234,5 ', sourceText: '  Ministry report ', note: '   ' })).toEqual({
      ok: true,
      value: { value: 1234.5, asOf: '2025-12-31', source: { text: 'Ministry report' } },
    });
  });

  it('keeps a link and a note', () => {
    const result = figure({ sourceUrl: ' https://example.org/r ', note: 'provisional' });
    expect(result).toEqual({
      ok: true,
      value: { value: 57, asOf: '2025-12-31', source: { text: 'Ministry report', url: 'https://example.org/r' }, note: 'provisional' },
    });
  });

  it('reports every field in error at once and no value', () => {
    expect(figure({ value: '', asOf: '', sourceText: ' ', sourceUrl: 'ftp://x.org', note: 'n'.repeat(2001) })).toEqual({
      ok: false,
      errors: { value: 'required', asOf: 'required', sourceText: 'required', sourceUrl: 'not-http', note: 'too-long' },
    });
  });

  it.each([
    ['12abc', 'not-a-number'],
    ['1e400', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['-1', 'negative'],
    ['1000001', 'too-large'],
    ['9'.repeat(400), 'too-large'],
  ])('refuses the value %j as %s', (value, code) => {
    expect(errorsOf(figure({ value }))).toEqual({ value: code });
  });

  it('allows up to a million, or a hundred times the largest milestone when that is more', () => {
    expect(figure({ value: '1000000' }).ok).toBe(true);
    const big = { ...ctx, largestMilestone: 50_000 };
    const input = { value: '5 000 000', asOf: '2025-12-31', sourceText: 'r', sourceUrl: '', note: '' };
    expect(validateFigureInput(input, big).ok).toBe(true);
    expect(errorsOf(validateFigureInput({ ...input, value: '5000001' }, big))).toEqual({ value: 'too-large' });
  });

  it.each([
    ['2025-02-30', 'not-a-date'],
    ['31/12/2025', 'not-a-date'],
    ['2019-12-31', 'before-data'],
    ['2026-03-02', 'in-future'],
  ])('refuses the date %s as %s', (asOf, code) => {
    expect(errorsOf(figure({ asOf }))).toEqual({ asOf: code });
  });

  it('accepts the first day of the data and today', () => {
    expect(figure({ asOf: '2020-01-01' }).ok).toBe(true);
    expect(figure({ asOf: '2026-03-01' }).ok).toBe(true);
  });

  it.each(['javascript:alert(1)', 'example.org', 'mailto:a@b.org', 'https://'])('refuses the link %j', (sourceUrl) => {
    expect(errorsOf(figure({ sourceUrl }))).toEqual({ sourceUrl: 'not-http' });
  });

  it('limits the source text to 500 characters', () => {
    expect(figure({ sourceText: 's'.repeat(500) }).ok).toBe(true);
    expect(errorsOf(figure({ sourceText: 's'.repeat(501) }))).toEqual({ sourceText: 'too-long' });
  });

  it('only ever gives values that make a valid record', () => {
    const day = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const input = fc.record({ value: fc.oneof(fc.string(), fc.double().map(String)), asOf: fc.oneof(day, fc.string()), sourceText: fc.string(), sourceUrl: fc.oneof(fc.constant(''), fc.webUrl(), fc.string()), note: fc.string() });
    fc.assert(
      fc.property(input, (i) => {
        const result = validateFigureInput(i, ctx);
        if (result.ok) figureRecordSchema.parse({ ...stamps, kind: 'figure', targetId: 'tg1', ...result.value });
      }),
    );
  });
});

describe('validateAssessmentInput', () => {
  const input = { status: 'on_track', date: '2026-01-15', justification: ' Two embassies opened ', sourceText: '', sourceUrl: '' };

  it('gives an assessment without a source when none is given', () => {
    expect(validateAssessmentInput(input, ctx)).toEqual({
      ok: true,
      value: { status: 'on_track', date: '2026-01-15', justification: 'Two embassies opened' },
    });
  });

  it('keeps a source given as text, with or without a link', () => {
    const result = validateAssessmentInput({ ...input, sourceText: 'Press release', sourceUrl: 'http://gov.example/p' }, ctx);
    expect(result.ok && result.value.source).toEqual({ text: 'Press release', url: 'http://gov.example/p' });
    assessmentRecordSchema.parse({ ...stamps, kind: 'assessment', commitmentId: 't1', ...(result.ok && result.value) });
  });

  it('asks for a text when only a link is given', () => {
    expect(errorsOf(validateAssessmentInput({ ...input, sourceUrl: 'https://example.org' }, ctx))).toEqual({ sourceText: 'required' });
  });

  it('refuses an unknown status, a missing justification and dates outside the data', () => {
    expect(errorsOf(validateAssessmentInput({ ...input, status: 'finished', justification: '', date: '2030-01-01' }, ctx))).toEqual({
      status: 'not-a-choice',
      justification: 'required',
      date: 'in-future',
    });
    expect(errorsOf(validateAssessmentInput({ ...input, status: '', date: '2019-01-01', justification: 'j'.repeat(2001) }, ctx))).toEqual({
      status: 'required',
      date: 'before-data',
      justification: 'too-long',
    });
  });

  it('accepts every status, not_assessed included', () => {
    expect(validateAssessmentInput({ ...input, status: 'not_assessed' }, ctx).ok).toBe(true);
    expect(validateAssessmentInput({ ...input, status: 'done' }, ctx).ok).toBe(true);
  });
});

describe('validateResolutionInput', () => {
  it('requires code, issuer, title and source text, within their lengths', () => {
    const ok = validateResolutionInput({ code: ' 12/NQ-CP ', issuer: 'Government', title: 'A plan', sourceText: 'Gazette', sourceUrl: '' });
    expect(ok).toEqual({ ok: true, value: { code: '12/NQ-CP', issuer: 'Government', title: 'A plan', source: { text: 'Gazette' } } });
    userResolutionSchema.parse({ ...stamps, kind: 'resolution', ...(ok.ok && ok.value) });
    expect(errorsOf(validateResolutionInput({ code: 'c'.repeat(61), issuer: 'i'.repeat(201), title: '', sourceText: '', sourceUrl: 'x' }))).toEqual({
      code: 'too-long',
      issuer: 'too-long',
      title: 'required',
      sourceText: 'required',
      sourceUrl: 'not-http',
    });
  });
});

describe('validateCommitmentInput', () => {
  const input = { resolutionId: 'r1', parentId: '', text: 'Open two consulates', dueYear: '', sourceText: 'Plan', sourceUrl: '' };

  it('makes a task without a parent and without a due year', () => {
    const result = validateCommitmentInput(input);
    expect(result).toEqual({ ok: true, value: { resolutionId: 'r1', parentId: null, text: 'Open two consulates', dueYear: null, source: { text: 'Plan' } } });
    userCommitmentSchema.parse({ ...stamps, kind: 'commitment', ...(result.ok && result.value) });
  });

  it('makes a measure under a task, due in a year', () => {
    const result = validateCommitmentInput({ ...input, parentId: 't1', dueYear: ' 2030 ' });
    expect(result.ok && [result.value.parentId, result.value.dueYear]).toEqual(['t1', 2030]);
  });

  it.each([
    [{ dueYear: '30' }, { dueYear: 'not-a-year' }],
    [{ dueYear: '2201' }, { dueYear: 'not-a-year' }],
    [{ dueYear: '2030.5' }, { dueYear: 'not-a-year' }],
    [{ resolutionId: '' }, { resolutionId: 'required' }],
    [{ resolutionId: 'R 1', parentId: 'T1' }, { resolutionId: 'not-a-choice', parentId: 'not-a-choice' }],
    [{ text: 't'.repeat(2001) }, { text: 'too-long' }],
  ])('refuses %j', (over, errors) => {
    expect(errorsOf(validateCommitmentInput({ ...input, ...over }))).toEqual(errors);
  });
});

describe('validateTargetInput', () => {
  const row = (year: string, value: string, approximate = false) => ({ year, value, approximate });
  const input = { resolutionId: 'r1', label: 'Consulates', unit: 'consulates', milestones: [row('2035', '20'), row('2030', '12,5', true)], sourceText: 'Plan', sourceUrl: '' };

  it('gives one or two milestones in year order', () => {
    const result = validateTargetInput(input);
    expect(result).toEqual({
      ok: true,
      value: {
        resolutionId: 'r1',
        label: 'Consulates',
        unit: 'consulates',
        milestones: [{ year: 2030, value: 12.5, approximate: true }, { year: 2035, value: 20, approximate: false }],
        source: { text: 'Plan' },
      },
    });
    userTargetSchema.parse({ ...stamps, kind: 'target', ...(result.ok && result.value) });
  });

  it('ignores a row left blank', () => {
    const result = validateTargetInput({ ...input, milestones: [row('2030', '10'), row(' ', '')] });
    expect(result.ok && result.value.milestones).toEqual([{ year: 2030, value: 10, approximate: false }]);
  });

  it('keys milestone errors by row', () => {
    expect(errorsOf(validateTargetInput({ ...input, milestones: [row('2030', 'ten'), row('', '-4')] }))).toEqual({
      'milestones.0.value': 'not-a-number',
      'milestones.1.year': 'required',
      'milestones.1.value': 'negative',
    });
    expect(errorsOf(validateTargetInput({ ...input, milestones: [row('2030', '1'), row('2030', '2')] }))).toEqual({ 'milestones.1.year': 'duplicate' });
  });

  it('needs a milestone and allows at most two', () => {
    expect(errorsOf(validateTargetInput({ ...input, label: '', milestones: [row('', '')] }))).toEqual({ label: 'required', milestones: 'required' });
    const three = [row('2030', '1'), row('2035', '2'), row('2040', '3')];
    expect(errorsOf(validateTargetInput({ ...input, milestones: three }))).toEqual({ milestones: 'too-many' });
  });
});

describe('validateEventInput', () => {
  const input = { eventKind: 'meeting', date: '2031-05-01', endDate: '', resolutionIds: ['r1', ' r1', 'u-r2'], title: 'Review', sourceText: 'Agenda', sourceUrl: '' };

  it('allows a date ahead and removes repeated resolutions', () => {
    const result = validateEventInput(input);
    expect(result).toEqual({ ok: true, value: { eventKind: 'meeting', date: '2031-05-01', resolutionIds: ['r1', 'u-r2'], title: 'Review', source: { text: 'Agenda' } } });
    userEventSchema.parse({ ...stamps, kind: 'event', ...(result.ok && result.value) });
  });

  it('keeps an end date on or after the start, refuses one before', () => {
    const span = validateEventInput({ ...input, endDate: '2031-05-03' });
    expect(span.ok && span.value.endDate).toBe('2031-05-03');
    expect(errorsOf(validateEventInput({ ...input, endDate: '2031-04-30' }))).toEqual({ endDate: 'ends-before-start' });
  });

  it('refuses an unknown kind, a bad date and a malformed resolution id', () => {
    expect(errorsOf(validateEventInput({ ...input, eventKind: 'party', date: '2031-13-01', resolutionIds: ['R1'] }))).toEqual({
      eventKind: 'not-a-choice',
      date: 'not-a-date',
      resolutionIds: 'not-a-choice',
    });
  });
});

describe('one validation set: the form checks what the records schema checks', () => {
  it('takes a text’s limit from the schema: one character over its maximum is too long', () => {
    const max = userResolutionSchema.shape.title.maxLength!;
    const input = (title: string) => ({ code: '1/NQ', issuer: 'Government', title, sourceText: 'Official gazette', sourceUrl: '' });
    expect(validateResolutionInput(input('a'.repeat(max))).ok).toBe(true);
    expect(validateResolutionInput(input('a'.repeat(max + 1)))).toEqual({ ok: false, errors: { title: 'too-long' } });
  });

  it('takes a year’s range from the schema', () => {
    const input = (dueYear: string) => ({ resolutionId: 'r1', parentId: '', text: 'Open two missions', dueYear, sourceText: 'Gazette', sourceUrl: '' });
    expect(validateCommitmentInput(input('2200')).ok).toBe(true);
    expect(validateCommitmentInput(input('2201'))).toEqual({ ok: false, errors: { dueYear: 'not-a-year' } });
    expect(userCommitmentSchema.shape.dueYear.safeParse(2201).success).toBe(false);
  });
});
