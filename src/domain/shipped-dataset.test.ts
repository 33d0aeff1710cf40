import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import shipped from '../../public/data/dataset.json';
import { parseDataset } from './parse-dataset';

/** The shipped dataset invents nothing: every quote is verbatim in the article it cites. */
const seedsDir = join(__dirname, '../../test/fixtures/seeds');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the shipped dataset', () => {
  const data = parseDataset(shipped);
  const sourceText = new Map(
    data.sources.map((s) => [s.id, normalise(readFileSync(join(seedsDir, s.file), 'utf8'))]),
  );

  it('passes its schema and reference checks', () => {
    expect(data.resolutions.map((r) => r.code)).toEqual(expect.arrayContaining(['292/NQ-CP', '56', '57', '59', '68']));
  });

  it('quotes every citation verbatim from the article it names', () => {
    const all = [
      ...data.resolutions,
      ...data.commitments,
      ...data.facts,
      ...data.events,
      ...data.targets.flatMap((t) => t.milestones.map((m) => ({ ...m, id: `${t.id}@${m.year}` }))),
    ];
    const missing = all.flatMap((item) =>
      item.citations
        .filter((c) => !sourceText.get(c.sourceId)?.includes(normalise(c.quote)))
        .map((c) => `${item.id}: "${c.quote.slice(0, 60)}…" not in ${c.sourceId}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives each source the URL its article prints', () => {
    for (const s of data.sources) expect(sourceText.get(s.id)).toContain(s.url);
  });

  it('lists the six key tasks of Resolution 292, each with its measures', () => {
    const r292 = data.resolutions.find((r) => r.code === '292/NQ-CP')!;
    const tasks = data.commitments.filter((c) => c.resolutionId === r292.id && c.kind === 'task');
    expect(tasks).toHaveLength(6);
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
});
