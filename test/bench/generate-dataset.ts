/**
 * Synthetic datasets of the published schema, for the benchmark only (never shipped: every item
 * says it is synthetic). Seeded, so every run builds the same file byte for byte.
 */
import shipped from '../../public/data/dataset.json' with { type: 'json' };
import { DATASET_SCHEMA_VERSION, STATUSES, EVENT_KINDS } from '../../src/domain/schema';
import type { Commitment, Dataset, LocalizedText, PolicyEvent, PublishedFigure, Resolution, Source, Target } from '../../src/domain/types';

export const SIZES = {
  small: null,
  medium: { resolutions: 50, commitments: 2_000, figures: 20_000 },
  large: { resolutions: 200, commitments: 10_000, figures: 100_000 },
} as const;
export type SizeName = keyof typeof SIZES;

/** mulberry32: a small, fast, well-distributed seeded generator. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (en: string, fr: string, vi: string): LocalizedText => ({ en, fr, vi });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (start: number, offsetDays: number) => new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);

const TARGET_EVERY = 10; // one numeric target per ten commitments

export function generateDataset(size: SizeName, seed = 2030): Dataset {
  const spec = SIZES[size];
  if (!spec) return shipped as Dataset;
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const sources: Source[] = [];
  const resolutions: Resolution[] = [];
  const commitments: Commitment[] = [];
  const targets: Target[] = [];
  const events: PolicyEvent[] = [];
  const figures: PublishedFigure[] = [];
  const perResolution = Math.floor(spec.commitments / spec.resolutions);

  for (let r = 0; r < spec.resolutions; r++) {
    const rid = `res-${pad(r, 3)}`;
    const sid = `src-${pad(r, 3)}`;
    const code = `${int(1, 400)}/NQ-CP`;
    const cite = (what: string) => [{ sourceId: sid, quote: `Synthetic sentence stating ${what}.` }];
    sources.push({
      id: sid,
      file: `synthetic-${pad(r, 3)}.txt`,
      publisher: 'Synthetic benchmark publisher',
      publishedOn: day(Date.UTC(2023, 0, 1), int(0, 900)),
      url: `https://example.org/synthetic/${pad(r, 3)}`,
      language: pick(['en', 'fr', 'vi'] as const),
      title: `Synthetic source ${r + 1}`,
    });
    resolutions.push({
      id: rid,
      code,
      issuer: text('Synthetic issuer', 'Émetteur synthétique', 'Cơ quan ban hành giả lập'),
      title: text(`Synthetic resolution ${r + 1} on sector ${int(1, 30)}`, `Résolution synthétique ${r + 1}`, `Nghị quyết giả lập ${r + 1}`),
      citations: cite(`resolution ${r + 1}`),
    });
    let taskId = '';
    for (let c = 0; c < perResolution; c++) {
      const isTask = c % 5 === 0;
      const cid = `${rid}-c${pad(c, 3)}`;
      if (isTask) taskId = cid;
      commitments.push({
        id: cid,
        resolutionId: rid,
        parentId: isTask ? null : taskId,
        kind: isTask ? 'task' : 'measure',
        order: c,
        text: text(`Synthetic ${isTask ? 'task' : 'measure'} ${c + 1} of resolution ${r + 1}`, `Engagement synthétique ${c + 1}`, `Cam kết giả lập ${c + 1}`),
        dueYear: random() < 0.8 ? int(2025, 2045) : null,
        status: pick(STATUSES),
        citations: cite(`commitment ${c + 1}`),
      });
      if (c % TARGET_EVERY === 0) {
        const tid = `${cid}-target`;
        const goal = int(50, 5_000);
        targets.push({
          id: tid,
          resolutionId: rid,
          commitmentId: cid,
          label: text(`Synthetic indicator ${targets.length + 1}`, `Indicateur synthétique ${targets.length + 1}`, `Chỉ tiêu giả lập ${targets.length + 1}`),
          unit: text('units', 'unités', 'đơn vị'),
          milestones: [
            { year: 2030, value: goal, approximate: random() < 0.5, citations: cite('the 2030 goal') },
            { year: 2045, value: Math.round(goal * 1.3), approximate: random() < 0.5, citations: cite('the 2045 goal') },
          ],
        });
      }
    }
    for (let e = 0; e < 5; e++) {
      events.push({
        id: `${rid}-e${e}`,
        kind: pick(EVENT_KINDS),
        date: day(Date.UTC(2024, 0, 1), int(0, 2_000)),
        resolutionIds: [rid],
        title: text(`Synthetic event ${e + 1} of resolution ${r + 1}`, `Événement synthétique ${e + 1}`, `Sự kiện giả lập ${e + 1}`),
        citations: cite(`event ${e + 1}`),
      });
    }
  }

  // Figures spread evenly over the targets: one every ten days from 2022, rising towards the goal.
  const perTarget = Math.floor(spec.figures / targets.length);
  for (const target of targets) {
    const goal = target.milestones[0]!.value;
    const sourceId = target.milestones[0]!.citations[0]!.sourceId;
    let value = Math.round(goal * 0.2);
    for (let f = 0; f < perTarget; f++) {
      value = Math.min(goal * 2, value + int(0, Math.max(1, Math.round(goal / perTarget))));
      figures.push({
        id: `${target.id}-f${pad(f, 4)}`,
        targetId: target.id,
        value,
        asOf: day(Date.UTC(2022, 0, 1), f * 10),
        citations: [{ sourceId, quote: `Synthetic figure ${f + 1}.` }],
      });
    }
  }

  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    title: text(`Synthetic benchmark dataset (${size})`, `Jeu de données synthétique (${size})`, `Bộ dữ liệu giả lập (${size})`),
    updatedOn: '2026-01-01',
    sources,
    resolutions,
    commitments,
    targets,
    facts: [],
    events,
    figures,
  };
}
