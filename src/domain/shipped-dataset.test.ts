import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import shipped from '../../public/data/dataset.json';
import review from '../../test/fixtures/dataset-text-review.json';
import { servesResolution } from './commitment-links';
import { upcomingDeadlines } from './deadlines';
import { applyFilters, EMPTY_FILTERS } from './filters';
import { parseDataset } from './parse-dataset';
import { summariseResolutions } from './summary';
import type { Citation } from './types';

/** The shipped dataset invents nothing: every quote is verbatim in the article it cites. */
const seedsDir = join(__dirname, '../../test/fixtures/seeds');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the shipped dataset', () => {
  const data = parseDataset(shipped);
  const rawText = new Map(data.sources.map((s) => [s.id, readFileSync(join(seedsDir, s.file), 'utf8')]));
  const sourceText = new Map([...rawText].map(([id, text]) => [id, normalise(text)]));
  const commitment = (id: string) => data.commitments.find((c) => c.id === id)!;
  /** The plan's title sentence: it states the horizon, never an item's deadline. */
  const horizonQuotes = new Set(
    data.events.filter((e) => e.kind === 'horizon').flatMap((e) => e.citations.map((c) => normalise(c.quote))),
  );

  it('passes its schema and reference checks', () => {
    expect(data.resolutions.map((r) => r.code)).toEqual(expect.arrayContaining(['292/NQ-CP', '56', '57', '59', '68']));
  });

  it('quotes every citation verbatim from the article it names, statements and new items included', () => {
    const cited: { id: string; citations: Citation[] }[] = [
      ...data.resolutions,
      ...data.commitments,
      ...data.facts,
      ...data.events,
      ...data.targets.flatMap((t) => t.milestones.map((m) => ({ ...m, id: `${t.id}@${m.year}` }))),
      ...[...data.resolutions, ...data.events].flatMap((item) =>
        (item.statements ?? []).map((s, i) => ({ id: `${item.id}#statement-${i}`, citations: s.citations })),
      ),
    ];
    const missing = cited.flatMap((item) =>
      item.citations
        .filter((c) => !sourceText.get(c.sourceId)?.includes(normalise(c.quote)))
        .map((c) => `${item.id}: "${c.quote.slice(0, 60)}…" not in ${c.sourceId}`),
    );
    expect(missing).toEqual([]);
    expect(cited.filter((i) => i.id.includes('#statement'))).toHaveLength(9);
  });

  it('gives each source the URL its article prints, and says the quotes come from a translation', () => {
    for (const s of data.sources) {
      expect(sourceText.get(s.id)).toContain(s.url);
      // The seeds are Vietnam.vn's translations; the URL they print is the Vietnamese original.
      expect(s.translation).toEqual({ originalLanguage: 'vi', translatedBy: 'Vietnam.vn' });
      expect(rawText.get(s.id)!.split('\n')[0]).toContain(s.translation!.translatedBy);
    }
  });

  it('shows no due year unless a citation of the item itself states it', () => {
    const due = data.commitments.filter((c) => c.dueYear !== null);
    for (const c of due) {
      const own = c.citations.filter((x) => !horizonQuotes.has(normalise(x.quote)));
      expect(own.some((x) => x.quote.includes(String(c.dueYear))), `${c.id} is due ${c.dueYear} on no source's word`).toBe(true);
      expect(c.text.en).toContain(String(c.dueYear));
    }
    expect(due.map((c) => c.id)).toEqual(['r292-t2-m2']);
  });

  it('gives Resolution 292’s other tasks and measures the plan’s 2030 horizon, cited, and no deadline', () => {
    const r292 = data.commitments.filter((c) => c.resolutionId === 'r292');
    expect(r292).toHaveLength(19);
    for (const c of r292.filter((c) => c.id !== 'r292-t2-m2')) {
      expect(c.dueYear).toBeNull();
      expect(c.horizonYear).toBe(2030);
      expect(c.citations.some((x) => horizonQuotes.has(normalise(x.quote)) && x.quote.includes('2030'))).toBe(true);
    }
    const deadline2030 = upcomingDeadlines(data.resolutions, data.commitments, data.targets, 2025).find(
      (d) => d.year === 2030 && d.resolution.id === 'r292',
    )!;
    expect(deadline2030.commitments.map((c) => c.id)).toEqual(['r292-t2-m2']);
    expect(deadline2030.onHorizon).toHaveLength(18);
  });

  it('lists the six key tasks of Resolution 292, each with its measures', () => {
    const r292 = data.resolutions.find((r) => r.code === '292/NQ-CP')!;
    const tasks = data.commitments.filter((c) => c.resolutionId === r292.id && c.kind === 'task');
    expect(tasks).toHaveLength(6);
  });

  it('marks which task a measure hangs under as inferred, r292-t4-m1 most of all', () => {
    for (const m of data.commitments.filter((c) => c.kind === 'measure')) expect(m.inferred?.what).toBe('parent');
    const pay = commitment('r292-t4-m1').inferred!.note;
    expect(pay.en).toMatch(/task 3/);
    expect(pay.fr).toMatch(/tâche 3/);
    expect(pay.vi).toMatch(/nhiệm vụ 3/);
    expect(data.events.find((e) => e.id === 'minister-meets-heads-of-agencies-2024')!.inferred?.what).toBe('date');
  });

  it('stores the 18 July 2025 request once, as a request of that conference serving Resolutions 57 and 59', () => {
    const request = data.commitments.filter((c) => c.citations.some((x) => x.quote.includes('des résolutions 57 et 59')));
    expect(request).toHaveLength(1);
    expect(request[0]).toMatchObject({
      kind: 'request',
      resolutionId: null,
      eventId: 'peoples-foreign-affairs-information-conference-2025',
      serves: ['r57', 'r59'],
    });
    expect(request[0]!.addressee?.en).toMatch(/mass organisations and people’s organisations/i);
    expect(servesResolution(request[0]!, 'r57') && servesResolution(request[0]!, 'r59')).toBe(true);
    // Counted once: no resolution's own list holds it.
    const counted = summariseResolutions(data.resolutions, data.commitments).flatMap((s) => s.commitments);
    expect(counted.filter((c) => c.id === request[0]!.id)).toHaveLength(0);
    expect(applyFilters(data, { ...EMPTY_FILTERS, resolutions: ['r59'] }).commitments.map((c) => c.id)).toEqual([request[0]!.id]);
  });

  it('names 66-NQ/TW beside the article’s 56, so a search for "66" finds it', () => {
    const r56 = data.resolutions.find((r) => r.id === 'r56')!;
    expect(r56.alsoCitedAs).toEqual(['66-NQ/TW']);
    for (const text of Object.values(r56.note!)) expect(text).toContain('66-NQ/TW');
    const found = applyFilters(data, { ...EMPTY_FILTERS, query: '66' });
    expect(found.events.map((e) => e.id)).toEqual(['peoples-foreign-affairs-information-conference-2025']);
  });

  it('covers what the seeds state about the meetings: requests, pledges, who organised and who spoke', () => {
    const atMeeting = (eventId: string, kind: string) =>
      data.commitments.filter((c) => c.eventId === eventId && c.kind === kind).length;
    expect(atMeeting('local-foreign-affairs-conference-2025', 'request')).toBe(5);
    expect(atMeeting('local-foreign-affairs-conference-2025', 'pledge')).toBe(1);
    expect(atMeeting('peoples-foreign-affairs-information-conference-2025', 'request')).toBe(5);
    expect(atMeeting('peoples-foreign-affairs-information-conference-2025', 'pledge')).toBe(1);
    expect(atMeeting('minister-meets-heads-of-agencies-2024', 'request')).toBe(2);
    expect(atMeeting('minister-meets-heads-of-agencies-2024', 'pledge')).toBe(2);
    const said = (id: string) => (data.events.find((e) => e.id === id)?.statements ?? []).map((s) => s.text.en).join(' ');
    expect(said('local-foreign-affairs-conference-2025')).toMatch(/Tuyen Quang Provincial People’s Committee.*Hoang Viet Phuong.*Le Thi Hong Van/s);
    expect(said('peoples-foreign-affairs-information-conference-2025')).toMatch(/since 2017.*Hoang Huu Hanh.*Nguyen Hoang Giang/s);
    const establishes = (id: string) => data.resolutions.find((r) => r.id === id)?.statements?.[0]?.text.en;
    expect(establishes('r292')).toMatch(/^Objective of the plan/);
    expect(establishes('r59')).toMatch(/important and regular task/);
    expect(establishes('r57')).toMatch(/enterprises and individuals/);
  });

  it('shows every corrected text of the review table, and no French display text with a straight apostrophe', () => {
    const texts = new Map<string, Record<string, string>>();
    texts.set('dataset:title:title', data.title);
    for (const [collection, items] of Object.entries({
      resolutions: data.resolutions,
      commitments: data.commitments,
      targets: data.targets,
      facts: data.facts,
      events: data.events,
    }))
      for (const item of items)
        for (const [field, value] of Object.entries(item))
          if (value && typeof value === 'object' && 'fr' in value) texts.set(`${collection}:${item.id}:${field}`, value as Record<string, string>);
    for (const row of review) {
      expect(row.why.length, `${row.id}: say why`).toBeGreaterThan(10);
      expect(row.after).not.toBe(row.before);
      expect(texts.get(`${row.collection}:${row.id}:${row.field}`)?.[row.locale], `${row.id}.${row.field}.${row.locale}`).toBe(row.after);
    }
    const straight = [...texts].filter(([, t]) => t.fr!.includes("'")).map(([k]) => k);
    expect(straight).toEqual([]);
  });

  it('keeps the "about" in the agencies-abroad targets', () => {
    const milestones = data.targets.flatMap((t) => t.milestones);
    expect(milestones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2030, value: 115, approximate: true }),
        expect.objectContaining({ year: 2045, value: 150, approximate: true }),
      ]),
    );
  });

  it('assesses nothing it cannot cite', () => {
    expect(new Set(data.commitments.map((c) => c.status))).toEqual(new Set(['not_assessed']));
  });

  describe('who is to act', () => {
    const withUnits = data.commitments.filter((c) => c.units);
    const units = (id: string) => commitment(id).units!;

    it('quotes every units citation verbatim from the article it names', () => {
      const missing = withUnits.flatMap((c) =>
        c.units!.citations.filter((x) => !sourceText.get(x.sourceId)?.includes(normalise(x.quote))).map((x) => `${c.id}: "${x.quote.slice(0, 60)}…" not in ${x.sourceId}`),
      );
      expect(missing).toEqual([]);
    });

    it('names a unit stated in a cited sentence, in the sentence’s own words, unless it marks the reading as inferred', () => {
      // The word each unit goes by in the French articles, or the English one (src-001).
      const named: Record<string, RegExp> = {
        'Localities (provinces and cities)': /les localités/,
        'Units of the Ministry of Foreign Affairs': /unités au sein du ministère des Affaires étrangères/,
        'Ministry of Foreign Affairs': /ministère des Affaires étrangères/,
        'Mass organisations and people’s organisations': /organisations (de masse|populaires)/,
        'Ambassadors and consuls general': /Ambassadors and Consuls General/,
        'Ministry of Information and Communications': /Ministry of Information and Communications/,
      };
      for (const c of withUnits.filter((c) => !c.units!.inferred)) {
        const lead = c.units!.lead!;
        expect(c.units!.citations.some((x) => named[lead.en]?.test(x.quote)), `${c.id}: ${lead.en} on no cited sentence's word`).toBe(true);
      }
    });

    it('gives the units of the meetings’ requests and pledges and of the plan’s training measure, marking what it reads into them', () => {
      expect(withUnits.map((c) => c.id).sort()).toEqual(
        [
          'heads-of-agencies-support-digital-firms',
          'localities-all-round-diplomacy',
          'localities-foreign-affairs-strategies',
          'localities-grasp-13th-congress-policies',
          'localities-staff-three-pillars',
          'mic-national-level-digital-cooperation',
          'mofa-accompanies-localities',
          'mofa-supports-peoples-organisations',
          'mofa-units-answer-local-recommendations',
          'peoples-organisations-developed-country-partners',
          'peoples-organisations-mobilise-resources',
          'peoples-organisations-motto',
          'peoples-organisations-networking',
          'peoples-organisations-resolutions-57-59',
          'r292-t3-m2',
          'two-ministries-keep-coordinating',
        ].sort(),
      );
      expect(units('localities-staff-three-pillars').lead?.vi).toBe('Các địa phương (tỉnh, thành phố)');
      expect(units('r292-t3-m2')).toMatchObject({ lead: { en: 'Ministry of Foreign Affairs' }, coLeads: [{ en: 'Ministries, agencies and localities' }], inferred: expect.anything() });
      expect(units('two-ministries-keep-coordinating')).toMatchObject({ lead: null, coLeads: [{ en: 'Ministry of Information and Communications' }, { en: 'Ministry of Foreign Affairs' }], inferred: expect.anything() });
      expect(withUnits.filter((c) => c.units!.inferred).map((c) => c.id).sort()).toEqual(
        ['peoples-organisations-developed-country-partners', 'peoples-organisations-mobilise-resources', 'peoples-organisations-motto', 'r292-t3-m2', 'two-ministries-keep-coordinating'],
      );
      // A unit named for a request is the one it is addressed to.
      for (const c of withUnits.filter((c) => c.kind === 'request')) expect(c.units!.lead, c.id).toEqual(c.addressee);
    });
  });
});
