import { EMPTY_FILTERS, applyFilters, filtersFromSearchParams, filtersToSearchParams, isFiltering } from './filters';
import type { Filters } from './filters';
import { commitment, dataset, event, fact, milestone, resolution, target, text } from '../../test/factories/dataset';
import { assignmentRecord } from '../../test/factories/snapshot';

const data = dataset({
  resolutions: [resolution('r1', '292/NQ-CP'), resolution('r2', '57')],
  commitments: [
    commitment('t1', {
      text: text('Build the national network', 'Construire le réseau national', 'Xây dựng mạng lưới quốc gia'),
      dueYear: 2030,
      status: 'in_progress',
    }),
    commitment('m1', {
      parentId: 't1',
      text: text('Open representative offices abroad', 'Ouvrir des bureaux', 'Mở cơ quan đại diện'),
      dueYear: 2045,
      status: 'at_risk',
    }),
    commitment('m2', {
      parentId: 't1',
      text: text('Train staff', 'Former le personnel', 'Đào tạo cán bộ'),
      dueYear: 2027,
      status: 'done',
    }),
    commitment('t2', {
      resolutionId: 'r2',
      text: text('Digital transformation', 'Transformation numérique', 'Chuyển đổi số'),
      status: 'not_started',
    }),
  ],
  targets: [
    target('tg1', [milestone(2030, 115, true), milestone(2045, 150, true)], {
      label: text('Offices abroad', 'Bureaux à l’étranger', 'Văn phòng ở nước ngoài'),
      unit: text('offices'),
    }),
    target('tg2', [milestone(2045, 50)], { resolutionId: 'r2', label: text('Digital share'), unit: text('%') }),
  ],
  facts: [
    fact('f1', { date: '2024', label: text('Offices open in 2024') }),
    fact('f2', { date: '2026-05-01', resolutionIds: ['r1', 'r2'], label: text('Joint report') }),
    fact('f3', { date: '2025', resolutionIds: [], label: text('General figure') }),
  ],
  events: [
    event('e1', { date: '2025-09-25', title: text('Conference on the network') }),
    event('e2', { date: '2031', resolutionIds: ['r2'], title: text('Review') }),
    event('e3', { date: '2026', resolutionIds: ['r1', 'r2'], title: text('Joint session') }),
  ],
});

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const filter = (over: Partial<Filters>) => applyFilters(data, { ...EMPTY_FILTERS, ...over });

describe('filters in the URL', () => {
  it('round-trips through search params and keeps unrelated params such as lang', () => {
    const filters: Filters = { resolutions: ['r1', 'r2'], statuses: ['done', 'at_risk'], horizon: 2030, query: 'réseau', unit: 'Ministry of Justice' };
    const params = filtersToSearchParams(filters, new URLSearchParams('lang=vi&slide=3'));
    expect(params.get('lang')).toBe('vi');
    expect(params.get('slide')).toBe('3');
    expect(filtersFromSearchParams(params)).toEqual(filters);
  });

  it('does not modify the params it is given', () => {
    const original = new URLSearchParams('lang=fr');
    filtersToSearchParams({ ...EMPTY_FILTERS, query: 'x' }, original);
    expect(original.toString()).toBe('lang=fr');
  });

  it('removes params for empty filters, including a blank query', () => {
    const params = filtersToSearchParams(
      { ...EMPTY_FILTERS, query: '   ' },
      new URLSearchParams('lang=fr&res=r1&status=done&by=2030&q=old'),
    );
    expect(params.toString()).toBe('lang=fr');
  });

  it('drops unknown statuses and duplicates', () => {
    const f = filtersFromSearchParams(new URLSearchParams('status=done,bogus,,done,on_track&res=r1,r1,r2'));
    expect(f.statuses).toEqual(['done', 'on_track']);
    expect(f.resolutions).toEqual(['r1', 'r2']);
  });

  it.each(['abc', '1800', '2300', '2030.5', ''])('drops a bad year %j', (by) => {
    expect(filtersFromSearchParams(new URLSearchParams({ by })).horizon).toBeNull();
  });

  it('reads no params as empty filters and caps a long query', () => {
    expect(filtersFromSearchParams(new URLSearchParams())).toEqual(EMPTY_FILTERS);
    expect(filtersFromSearchParams(new URLSearchParams({ q: 'a'.repeat(500) })).query).toHaveLength(200);
  });
});

describe('isFiltering', () => {
  it('is false for empty filters and a whitespace query', () => {
    expect(isFiltering(EMPTY_FILTERS)).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTERS, query: '  ' })).toBe(false);
  });

  it('is true as soon as one filter is set', () => {
    expect(isFiltering({ ...EMPTY_FILTERS, resolutions: ['r1'] })).toBe(true);
    expect(isFiltering({ ...EMPTY_FILTERS, statuses: ['done'] })).toBe(true);
    expect(isFiltering({ ...EMPTY_FILTERS, horizon: 2030 })).toBe(true);
    expect(isFiltering({ ...EMPTY_FILTERS, query: 'x' })).toBe(true);
  });
});

describe('applyFilters', () => {
  it('keeps everything without filters', () => {
    const r = filter({});
    expect(ids(r.commitments)).toEqual(['t1', 'm1', 'm2', 't2']);
    expect(ids(r.targets)).toEqual(['tg1', 'tg2']);
    expect(ids(r.facts)).toEqual(['f1', 'f2', 'f3']);
    expect(ids(r.events)).toEqual(['e1', 'e2', 'e3']);
  });

  it('keeps only the chosen resolution and what concerns it', () => {
    const r = filter({ resolutions: ['r2'] });
    expect(ids(r.resolutions)).toEqual(['r2']);
    expect(ids(r.commitments)).toEqual(['t2']);
    expect(ids(r.targets)).toEqual(['tg2']);
    expect(ids(r.facts)).toEqual(['f2']);
    expect(ids(r.events)).toEqual(['e2', 'e3']);
  });

  it('keeps the parent task of a measure that matches a status', () => {
    expect(ids(filter({ statuses: ['at_risk'] }).commitments)).toEqual(['t1', 'm1']);
  });

  it('keeps the parent task of a measure that matches the query', () => {
    expect(ids(filter({ query: 'offices abroad' }).commitments)).toEqual(['t1', 'm1']);
  });

  it('brings the measures of a task that matches the query', () => {
    expect(ids(filter({ query: 'national network' }).commitments)).toEqual(['t1', 'm1', 'm2']);
  });

  it('brings only the measures that pass the other filters', () => {
    expect(ids(filter({ query: 'national network', statuses: ['in_progress', 'done'] }).commitments)).toEqual([
      't1',
      'm2',
    ]);
  });

  it.each([
    ['reseau', ['t1', 'm1', 'm2']],
    ['RÉSEAU', ['t1', 'm1', 'm2']],
    ['co quan', ['t1', 'm1']],
    ['cơ quan', ['t1', 'm1']],
    ['dao tao', ['t1', 'm2']],
    ['Đào', ['t1', 'm2']],
    ['numerique', ['t2']],
    ['chuyen doi so', ['t2']],
  ])('searches across en/fr/vi ignoring case and accents: %j', (query, expected) => {
    expect(ids(filter({ query }).commitments)).toEqual(expected);
  });

  it('matches commitments by their resolution code', () => {
    expect(ids(filter({ query: '292/nq' }).commitments)).toEqual(['t1', 'm1', 'm2']);
  });

  it('searches target, fact and event texts too', () => {
    const r = filter({ query: 'etranger' });
    expect(ids(r.targets)).toEqual(['tg1']);
    expect(ids(filter({ query: 'joint' }).facts)).toEqual(['f2']);
    expect(ids(filter({ query: 'joint' }).events)).toEqual(['e3']);
    expect(ids(filter({ query: 'zzz' }).commitments)).toEqual([]);
  });

  it('keeps what is due by the horizon year and drops commitments with no due year', () => {
    const r = filter({ horizon: 2030 });
    expect(ids(r.commitments)).toEqual(['t1', 'm2']);
    expect(ids(r.targets)).toEqual(['tg1']);
    expect(ids(r.facts)).toEqual(['f1', 'f2', 'f3']);
    expect(ids(r.events)).toEqual(['e1', 'e3']);
  });

  it('keeps a parent task beyond the horizon when one of its measures is within it', () => {
    expect(ids(filter({ horizon: 2027 }).commitments)).toEqual(['t1', 'm2']);
  });

  describe('with a meeting’s request, a plan’s horizon and a resolution cited under another number', () => {
    const more = dataset({
      ...data,
      resolutions: [...data.resolutions, resolution('r3', '56', { alsoCitedAs: ['66-NQ/TW'] })],
      commitments: [
        ...data.commitments,
        commitment('h1', { text: text('Horizon task'), dueYear: null, horizonYear: 2030 }),
        commitment('q1', {
          resolutionId: null,
          kind: 'request',
          eventId: 'e4',
          serves: ['r2', 'r3'],
          text: text('Build the resolutions into programmes'),
          addressee: text('People’s organisations', 'Organisations populaires', 'Các tổ chức nhân dân'),
        }),
      ],
      events: [...data.events, event('e4', { resolutionIds: ['r3'], title: text('Information conference') })],
    });
    const more_ = (over: Partial<Filters>) => applyFilters(more, { ...EMPTY_FILTERS, ...over });

    it('keeps a request under every resolution it serves, once', () => {
      expect(ids(more_({ resolutions: ['r2'] }).commitments)).toEqual(['t2', 'q1']);
      expect(ids(more_({ resolutions: ['r3'] }).commitments)).toEqual(['q1']);
      expect(ids(more_({ resolutions: ['r1'] }).commitments)).not.toContain('q1');
    });

    it('finds a resolution’s items and events by the other number it is cited by', () => {
      expect(ids(more_({ query: '66' }).events)).toEqual(['e4']);
      expect(ids(more_({ query: '66' }).commitments)).toEqual(['q1']);
    });

    it('finds a request by whom it is addressed to', () => {
      expect(ids(more_({ query: 'organisations populaires' }).commitments)).toEqual(['q1']);
    });

    it('keeps an item by its plan’s horizon year under "by", as well as what is due', () => {
      expect(ids(more_({ horizon: 2030 }).commitments)).toEqual(['t1', 'm2', 'h1']);
      expect(ids(more_({ horizon: 2029 }).commitments)).toEqual(['t1', 'm2']);
    });
  });
});

describe('the unit filter', () => {
  const shipped = dataset({
    resolutions: [resolution('r1')],
    commitments: [
      commitment('t1', { units: { lead: text('Localities', 'Les localités', 'Các địa phương'), coLeads: [], citations: [{ sourceId: 'src-1', quote: 'q' }] } }),
      commitment('m1', { parentId: 't1' }),
      commitment('t2'),
    ],
  });
  const assignments = new Map([['t2', assignmentRecord('u-a1', 't2', { lead: 'Ministry of Justice', coLeads: ['Localities'] })]]);
  const byUnit = (unit: string) => ids(applyFilters(shipped, { ...EMPTY_FILTERS, unit }, assignments).commitments);

  it('is read from and written to the URL as unit=', () => {
    expect(filtersFromSearchParams(new URLSearchParams('unit=Localities')).unit).toBe('Localities');
    expect(filtersFromSearchParams(new URLSearchParams('unit=%20')).unit).toBeNull();
    expect(filtersToSearchParams({ ...EMPTY_FILTERS, unit: 'Ministry of Justice' }).toString()).toBe('unit=Ministry+of+Justice');
    expect(isFiltering({ ...EMPTY_FILTERS, unit: 'Localities' })).toBe(true);
  });

  it('keeps what the unit leads or co-leads, by the sources or by users, whatever the case', () => {
    expect(byUnit('localities')).toEqual(['t1', 't2']);
    expect(byUnit('Ministry of Justice')).toEqual(['t2']);
    expect(byUnit('Ministry of Finance')).toEqual([]);
  });

  it('reads a user’s units over the sources’', () => {
    const over = new Map([['t1', assignmentRecord('u-a2', 't1', { lead: 'Ministry of Finance' })]]);
    expect(ids(applyFilters(shipped, { ...EMPTY_FILTERS, unit: 'Localities' }, over).commitments)).toEqual([]);
  });
});
