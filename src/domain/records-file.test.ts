import fc from 'fast-check';
import { KNOWN_IDS, arbitraryImportText, arbitraryRecords } from '../../test/factories/record-arbitraries';
import { RECORDS_SCHEMA_VERSION, userRecordSchema } from './records';
import type { UserRecord } from './records';
import {
  CSV_COLUMNS,
  MAX_IMPORT_BYTES,
  applyImport,
  exportMergedDatasetJson,
  exportRecordsCsv,
  exportRecordsJson,
  previewImport,
  readRecordsFile,
} from './records-file';
import { dataset } from '../../test/factories/dataset';
import { figureRecord } from '../../test/factories/dataset';
import { parseCsv } from '../../test/factories/csv';

const NOW = '2026-03-01T12:00:00.000Z';
const known = {
  targetIds: new Set(KNOWN_IDS.targetIds),
  commitmentIds: new Set(KNOWN_IDS.commitmentIds),
  resolutionIds: new Set(KNOWN_IDS.resolutionIds),
};
const read = (text: string) => readRecordsFile(text, text.length, known);
const fileOf = (records: unknown[], over: object = {}) =>
  JSON.stringify({ format: 'policy-targets/records', schemaVersion: RECORDS_SCHEMA_VERSION, records, ...over });

const figure = figureRecord;
const errorOf = (result: ReturnType<typeof read>) => (result.ok ? null : result.error);

/** What a spreadsheet shows of a protected cell. */
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('exportRecordsJson', () => {
  it('writes the records file, records by creation time then id', () => {
    const records = [figure('b', { createdAt: '2026-01-10T08:00:00.500Z' }), figure('c'), figure('a')];
    const text = exportRecordsJson(records, NOW);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "policy-targets/records",\n');
    expect(JSON.parse(text)).toEqual({
      format: 'policy-targets/records',
      schemaVersion: RECORDS_SCHEMA_VERSION,
      exportedAt: NOW,
      records: [figure('a'), figure('c'), figure('b', { createdAt: '2026-01-10T08:00:00.500Z' })],
    });
  });
});

describe('exportMergedDatasetJson', () => {
  it('writes the dataset as pretty JSON', () => {
    const data = dataset();
    expect(exportMergedDatasetJson(data)).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });
});

describe('exportRecordsCsv', () => {
  it('writes a header and a row per record, CRLF, after a byte-order mark', () => {
    const csv = exportRecordsCsv([figure('f1', { note: 'first, "rough" count', source: { text: 'Report', url: 'https://x.org/r' } })]);
    expect(csv).toBe(
      '\uFEFFid,kind,subject,date,value,title,source,source_url,note,created_at,updated_at\r\n' +
        'f1,figure,tg1,2025-12-31,57,,Report,https://x.org/r,"first, ""rough"" count",2026-01-10T08:00:00Z,2026-01-10T08:00:00Z\r\n',
    );
  });

  it('puts each kind’s fields in the shared columns, records in creation order', () => {
    const stamps = { createdAt: '2026-01-10T08:00:00Z', updatedAt: '2026-01-10T08:00:00Z', source: { text: 's' } };
    const records: UserRecord[] = [
      { ...stamps, id: 'k1', kind: 'assessment', commitmentId: 't1', status: 'at_risk', date: '2026-01-02', justification: 'late' },
      { ...stamps, id: 'k2', kind: 'resolution', code: '12/NQ-CP', issuer: 'Government', title: 'Plan' },
      { ...stamps, id: 'k3', kind: 'commitment', resolutionId: 'r1', parentId: 't1', text: 'Open', dueYear: 2030 },
      { ...stamps, id: 'k4', kind: 'target', resolutionId: 'r1', label: 'Consulates', unit: 'consulates', milestones: [{ year: 2030, value: 115, approximate: true }, { year: 2045, value: 150, approximate: false }] },
      { ...stamps, id: 'k5', kind: 'event', eventKind: 'meeting', date: '2026-03-03', endDate: '2026-03-05', resolutionIds: ['r1', 'r2'], title: 'Review' },
    ];
    const rows = parseCsv(exportRecordsCsv(records).slice(1)).slice(1).map((r) => r.slice(0, 9));
    expect(rows).toEqual([
      ['k1', 'assessment', 't1', '2026-01-02', 'at_risk', 'late', 's', '', ''],
      ['k2', 'resolution', '', '', '12/NQ-CP', 'Plan', 's', '', 'Government'],
      ['k3', 'commitment', 'r1', '2030', '', 'Open', 's', '', ''],
      ['k4', 'target', 'r1', '', '2030: ~115; 2045: 150', 'Consulates (consulates)', 's', '', ''],
      ['k5', 'event', 'r1 r2', '2026-03-03/2026-03-05', 'meeting', 'Review', 's', '', ''],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['safe = text', 'safe = text'],
  ])('protects a cell starting %j from running as a formula', (note, cell) => {
    const row = exportRecordsCsv([figure('f', { note })]).split('\r\n')[1];
    expect(row?.split(',').slice(8, -2).join(',')).toBe(cell);
  });

  it('has a strict reader in this test', () => {
    expect(parseCsv('a,"b ""c"",\r\nd"\r\n')).toEqual([['a', 'b "c",\r\nd']]);
    expect(() => parseCsv('a"b\r\n')).toThrow();
    expect(() => parseCsv('a,b')).toThrow();
  });

  it('round-trips any text through a CSV reader', () => {
    const unit = fc.constantFrom(',', '"', '\r', '\n', '\t', '=', '+', '-', '@', 'a', ' ', 'ệ');
    const text = fc.string({ unit, minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.string({ unit, maxLength: 12 }))), (cells) => {
        const records = cells.map(([text, note], i) => figure(`r${String(i).padStart(3, '0')}`, { source: { text }, note }));
        const rows = parseCsv(exportRecordsCsv(records).replace(/^\uFEFF/, ''));
        expect(rows.map((row) => row.map(unprotect))).toEqual([
          [...CSV_COLUMNS],
          ...records.map((r) => [r.id, 'figure', 'tg1', '2025-12-31', '57', '', r.source.text, '', r.note, r.createdAt, r.updatedAt]),
        ]);
      }),
    );
  });
});

describe('readRecordsFile refuses', () => {
  it('a file over 10 MB before reading it', () => {
    expect(errorOf(readRecordsFile('not even json', MAX_IMPORT_BYTES + 1, known))?.code).toBe('too-large');
    expect(read(fileOf([])).ok).toBe(true);
  });

  it.each([
    ['', 'not-json'],
    ['{"format":', 'not-json'],
    ['[]', 'not-our-format'],
    ['null', 'not-our-format'],
    ['{"records":[]}', 'not-our-format'],
    [fileOf([], { format: 'policy-targets/dataset' }), 'not-our-format'],
    [fileOf([], { schemaVersion: '1' }), 'not-our-format'],
    [fileOf([], { schemaVersion: -1 }), 'not-our-format'],
    [fileOf([], { schemaVersion: RECORDS_SCHEMA_VERSION + 1 }), 'newer-version'],
    [fileOf([], { exportedAt: 'yesterday' }), 'invalid-records'],
    [fileOf([], { records: {} }), 'invalid-records'],
  ])('%j as %s', (text, code) => {
    expect(errorOf(read(text))?.code).toBe(code);
  });

  it('invalid records, each problem with its path', () => {
    const error = errorOf(read(fileOf([figure('ok'), figure('bad', { value: -1 }), { ...figure('x'), kind: 'photo' }])));
    expect(error?.code).toBe('invalid-records');
    expect(error?.details).toEqual(expect.arrayContaining([expect.stringMatching(/^records\.1\.value: /), expect.stringMatching(/^records\.2\.kind: /)]));
  });

  it('two records with one id', () => {
    expect(errorOf(read(fileOf([figure('same'), figure('same')])))).toEqual({ code: 'invalid-records', details: ['records.1.id: duplicate id same'] });
  });

  it('records pointing at ids neither known nor in the file, listing them', () => {
    const records = [figure('f1', { targetId: 'u-gone' }), figure('f2', { targetId: 'u-gone' }), figure('f3', { targetId: 'tg1' })];
    expect(errorOf(read(fileOf(records)))).toEqual({ code: 'unknown-ids', details: ['u-gone'] });
  });
});

describe('readRecordsFile accepts', () => {
  it('records pointing at the file’s own items', () => {
    const target = { ...figure('u-tg'), kind: 'target', resolutionId: 'u-r', label: 'L', unit: 'u', milestones: [{ year: 2030, value: 1, approximate: false }] };
    const resolution = { ...figure('u-r'), kind: 'resolution', code: 'C', issuer: 'I', title: 'T' };
    const result = read(fileOf([figure('f', { targetId: 'u-tg' }), target, resolution]));
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['f', 'u-tg', 'u-r']);
  });

  it('a version 0 file, migrated', () => {
    const v0 = { ...figure('f'), source: 'Ministry report' };
    expect(read(fileOf([v0], { schemaVersion: 0 }))).toEqual({ ok: true, records: [figure('f')], skipped: [] });
  });

  it('and drops fields the schema does not know', () => {
    expect(read(fileOf([{ ...figure('f'), extra: true }]))).toEqual({ ok: true, records: [figure('f')], skipped: [] });
  });
});

describe('previewImport and applyImport', () => {
  const existing = [figure('a'), figure('b'), figure('c')];
  const incoming = [figure('b'), figure('c', { value: 60 }), figure('d')];

  it('sorts incoming records into added, changed and unchanged', () => {
    expect(previewImport(existing, incoming)).toEqual({
      add: [figure('d')],
      change: [{ before: figure('c'), after: figure('c', { value: 60 }) }],
      unchanged: [figure('b')],
    });
  });

  it('replaces changed records in place and appends new ones', () => {
    expect(applyImport(existing, incoming)).toEqual([figure('a'), figure('b'), figure('c', { value: 60 }), figure('d')]);
  });

  it('counts a record whose optional field is absent in one and undefined in the other as unchanged', () => {
    expect(previewImport([figure('a', { note: undefined })], [figure('a')]).unchanged).toHaveLength(1);
  });
});

describe('records files, for any records', () => {
  const state = arbitraryRecords();

  it('read back exactly what was exported', () => {
    fc.assert(
      fc.property(state, (records) => {
        const sorted = [...records].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
        expect(read(exportRecordsJson(records, NOW))).toEqual({ ok: true, records: sorted, skipped: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('refuse anything broken, or accept only valid records, never touching the stored ones', () => {
    fc.assert(
      fc.property(state, arbitraryImportText(NOW), (existing, text) => {
        const before = structuredClone(existing);
        const result = read(text);
        if (!result.ok) {
          expect(result.error.details.length).toBeLessThanOrEqual(20);
          return;
        }
        result.records.forEach((r) => expect(userRecordSchema.safeParse(r).success).toBe(true));
        previewImport(existing, result.records);
        applyImport(existing, result.records);
        expect(existing).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  /** Incoming records: new ones, and some of the existing ones edited. */
  const importCase = fc.tuple(state, state).chain(([existing, fresh]) =>
    fc.subarray(existing).map((edited) => ({
      existing,
      incoming: [...fresh, ...edited.map((r) => ({ ...r, updatedAt: '2101-01-01T00:00:00.000Z' }))],
    })),
  );

  it('apply an import once: applying it again changes nothing', () => {
    fc.assert(
      fc.property(importCase, ({ existing, incoming }) => {
        const once = applyImport(existing, incoming);
        expect(applyImport(once, incoming)).toEqual(once);
      }),
    );
  });

  it('preview nothing to add or change once the file is applied', () => {
    fc.assert(
      fc.property(importCase, ({ existing, incoming }) => {
        const preview = previewImport(applyImport(existing, incoming), incoming);
        expect([preview.add.length, preview.change.length]).toEqual([0, 0]);
      }),
    );
  });
});
