import { useTranslation } from '../../../hooks/use-translation';
import { DEADLINE_STATES, emptyCounts, type CommitmentDeadline, type DeadlineReport } from '../../../domain/deadline-counts';
import { byId, pick } from '../../../domain/by-id';
import type { Deadline } from '../../../domain/deadlines';
import type { FilteredDataset } from '../../../domain/filters';
import type { TargetFigure } from '../../../domain/figures';
import { computeProgress } from '../../../domain/progress';
import type { AssessmentRecord } from '../../../domain/records';
import { needsAttention, type Slide } from '../../../domain/slides';

/** The slides of the review meetings, whose words come from use-meeting-slide-content.ts. */
export type MeetingSlide = Extract<Slide, { kind: 'since-meeting' | 'open-actions' }>;
export const isMeetingSlide = (slide: Slide): slide is MeetingSlide => slide.kind === 'since-meeting' || slide.kind === 'open-actions';
import type { Dataset, Status, Target } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { useTimeLeft } from '../../../hooks/use-time-left';
import { useTargetSummary } from '../../../hooks/use-target-summary';
import { countsText } from '../../../lib/counts-text';
import { slideSources } from '../utils/slide-sources';

/** A block of a slide: a big figure or a label, its words, and a status where it has one. */
export interface SlideCard {
  eyebrow?: string;
  big?: string;
  text: string;
  status?: Status;
  detail?: string;
}

/** What a slide says, in the interface language: drawn on screen, in the presenter view and in PowerPoint. */
export interface SlideContent {
  slide: Slide;
  title: string;
  subtitle?: string;
  /** The data's date ("as of"), on the title slide. */
  date?: string;
  cards: SlideCard[];
  /** Columns of the card grid. */
  columns: number;
  /** The target whose chart the slide draws. */
  target?: Target;
  sources: string[];
  notes: string[];
}

export interface DeckData {
  data: Dataset;
  filtered: FilteredDataset;
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  assessments: ReadonlyMap<string, AssessmentRecord[]>;
  asOf: string;
  today: string;
  /** The Government Office's counts for today, over what the filters show. */
  deadlineCounts?: DeadlineReport;
  /** The commitments overdue today, named on the counts slide. */
  overdue?: readonly CommitmentDeadline[];
  /** Deadlines from this year on, soonest first (the headline's next one, the deadlines slide's six). */
  deadlines: Deadline[];
}

/** Turns each slide into its words; speaking notes are written for the presenter, not quoted. */
export function useSlideContent() {
  const { t, i18n } = useTranslation();
  const percent = (share: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const format = useFormat();
  const summarise = useTargetSummary();
  // A meeting's request or pledge belongs to no resolution of its own: it goes without a code.
  const code = (id: string | null, data: Dataset) =>
    id === null ? '' : t('resolution.short', { code: byId(data.resolutions).get(id)?.code ?? id });
  const milestoneText = (target: Target, m: Target['milestones'][number]) =>
    t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', { value: format.number(m.value), unit: format.text(target.unit), year: format.year(m.year) });
  const { until: yearsLeft } = useTimeLeft();
  const deadlineWhat = (d: Deadline, data: Dataset) =>
    [
      ...(d.commitments.length > 0 ? [countsText(t, d.commitments, 'deadline.commitments')] : []),
      ...d.milestones.map(({ target, milestone }) => milestoneText(target, milestone)),
    ].join(' · ') || code(d.resolution.id, data);

  return (slide: Exclude<Slide, MeetingSlide>, deck: DeckData): SlideContent => {
    const { data, filtered, figuresByTarget, assessments, asOf, today } = deck;
    const sources = slideSources(slide, data, filtered).map((s) => `${s.publisher}, ${format.date(s.publishedOn)}`);
    const { deadlines } = deck;
    const base = { slide, sources, columns: 1 };

    if (slide.kind === 'title') {
      const resolutions = filtered.resolutions.map((r) => t('resolution.short', { code: r.code })).join(' · ');
      return {
        ...base,
        title: format.text(data.title),
        subtitle: resolutions,
        date: t('present.asOf', { date: format.date(asOf) }),
        // What the briefing covers, one card a resolution.
        cards: filtered.resolutions.slice(0, 6).map((r) => ({ eyebrow: t('resolution.short', { code: r.code }), text: format.text(r.title) })),
        columns: Math.min(3, Math.max(1, filtered.resolutions.length)),
        notes: [t('present.note.title', { resolutions, date: format.date(asOf) })],
      };
    }

    if (slide.kind === 'headline') {
      const cards: SlideCard[] = filtered.targets.map((target) => {
        const progress = computeProgress(target, figuresByTarget.get(target.id) ?? [], today);
        const next = progress.next ?? [...target.milestones].sort((a, b) => a.year - b.year).at(-1);
        const goal = next ? milestoneText(target, next) : '';
        if (!progress.latest) return { eyebrow: format.text(target.label), big: '—', text: t('present.noFigure'), detail: t('present.labelled', { label: t('present.targetLabel'), value: goal }) };
        const parts = [t('present.ofTarget', { target: goal })];
        if (progress.share !== null) parts.push(t('present.share', { percent: percent(progress.share) }));
        if (progress.paceNeeded !== null && progress.next)
          parts.push(t('present.paceNeeded', { pace: format.number(progress.paceNeeded), year: format.year(progress.next.year) }));
        return { eyebrow: format.text(target.label), big: format.number(progress.latest.value), text: parts.join(' · '), detail: format.date(progress.latest.asOf) };
      });
      const assessed = filtered.commitments.filter((c) => c.status !== 'not_assessed').length;
      const risk = filtered.commitments.filter(needsAttention).length;
      cards.push({ big: t('present.assessedValue', { n: format.number(assessed), count: format.number(filtered.commitments.length) }), text: t('present.assessed') });
      cards.push({ big: format.number(risk), text: t('present.atRisk') });
      const next = deadlines[0];
      if (next) cards.push({ big: format.year(next.year), text: `${t('present.nextDeadline')} · ${yearsLeft(next.year, today)}` });
      const notes = filtered.targets.map((target) => summarise(target, computeProgress(target, figuresByTarget.get(target.id) ?? [], today)));
      notes.push(t('present.note.assessed', { n: assessed, count: filtered.commitments.length, risk }));
      if (assessed < filtered.commitments.length) notes.push(t('present.note.unassessed', { count: filtered.commitments.length - assessed }));
      if (next) notes.push(t('present.note.deadline', { year: format.year(next.year), left: yearsLeft(next.year, today), what: deadlineWhat(next, data) }));
      return { ...base, title: t('present.headlineTitle'), cards, columns: Math.min(3, Math.max(2, Math.ceil(cards.length / 2))), notes };
    }

    if (slide.kind === 'status') {
      const tasks = pick(filtered.commitments, slide.commitmentIds);
      const resolutions = slide.resolutionIds.map((id) => code(id, data)).join(', ');
      const counts = new Map<Status, number>();
      for (const c of tasks) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
      const breakdown = [...counts].map(([status, n]) => t('present.labelled', { label: t(`status.${status}`), value: format.number(n) })).join(', ');
      return {
        ...base,
        title: t('present.statusTitle', { resolutions }),
        cards: tasks.map((c) => ({
          eyebrow: slide.resolutionIds.length > 1 ? t('present.taskLabel', { resolution: code(c.resolutionId, data), n: c.order }) : t('kind.task', { n: c.order }),
          text: format.text(c.text),
          status: c.status,
        })),
        columns: tasks.length <= 2 ? tasks.length : tasks.length === 4 ? 2 : 3,
        notes: [t('present.note.status', { count: tasks.length, resolutions, breakdown })],
      };
    }

    if (slide.kind === 'target') {
      const target = byId(data.targets).get(slide.targetId)!;
      const figures = figuresByTarget.get(target.id) ?? [];
      const progress = computeProgress(target, figures, today);
      const unit = format.text(target.unit);
      const cards: SlideCard[] = [
        progress.latest
          ? { eyebrow: t('present.latest'), big: format.number(progress.latest.value), text: `${unit} · ${format.date(progress.latest.asOf)}` }
          : { eyebrow: t('present.latest'), big: '—', text: t('present.noFigure') },
        progress.remaining !== null && progress.next
          ? { eyebrow: t('present.gap'), big: format.number(progress.remaining), text: t('present.gapValue', { value: format.number(progress.remaining), unit, year: format.year(progress.next.year) }) }
          : { eyebrow: t('present.gap'), big: '?', text: t('present.gapUnknown') },
        ...[...target.milestones].sort((a, b) => a.year - b.year).map((m) => ({ eyebrow: t('present.targetLabel'), big: m.approximate ? t('target.approx', { value: format.number(m.value) }) : format.number(m.value), text: `${unit} · ${format.year(m.year)}` })),
      ];
      const source = slideSources(slide, data, filtered)[0];
      return {
        ...base,
        title: format.text(target.label),
        target,
        cards,
        notes: [t('present.note.target', { summary: summarise(target, progress), source: source ? `${source.publisher}, ${format.date(source.publishedOn)}` : '—' })],
      };
    }

    if (slide.kind === 'deadline-counts') {
      const overdueDetail = (rows: readonly CommitmentDeadline[]) =>
        [
          ...rows.slice(0, 3).map((r) => `${format.text(r.commitment.text)}${r.units.lead ? ` (${format.text(r.units.lead)})` : ''}`),
          ...(rows.length > 3 ? [t('present.andMore', { count: rows.length - 3 })] : []),
        ].join(' · ');
      const report = deck.deadlineCounts;
      const total = report?.total ?? emptyCounts();
      const line = (label: string, counts: typeof total) =>
        `${label}: ${DEADLINE_STATES.filter((s) => counts[s] > 0).map((s) => t('present.labelled', { label: t(`units.deadlines.states.${s}`), value: format.number(counts[s]) })).join(', ')}`;
      return {
        ...base,
        // One message a slide, said in its title: how many are overdue today.
        title: `${t('units.slide.title', { date: format.date(today) })} — ${t('units.slide.message', { count: total.overdue })}`,
        // The overdue card names what is overdue (three at most) and who leads it: who is to act is the next question.
        cards: DEADLINE_STATES.map((s) => ({
          big: format.number(total[s]),
          text: t(`units.deadlines.states.${s}`),
          ...(s === 'overdue' && (deck.overdue?.length ?? 0) > 0 && { detail: overdueDetail(deck.overdue ?? []) }),
        })),
        columns: 3,
        notes: [
          t('units.slide.message', { count: total.overdue }),
          ...(report?.byResolution ?? []).filter((r) => r.counts.total > 0).map((r) => line(code(r.resolutionId, data), r.counts)),
          ...(report?.byUnit ?? []).map((u) => line(format.text(u.unit), u.counts)),
          t('units.deadlines.intro', { date: format.date(today) }),
        ],
      };
    }

    if (slide.kind === 'attention') {
      const items = pick(filtered.commitments, slide.commitmentIds);
      const cards = items.map((c) => {
        const latest = assessments.get(c.id)?.[0];
        const what = [code(c.resolutionId, data), t(`kind.${c.kind}`, { n: c.order })].filter(Boolean).join(' · ');
        return {
          eyebrow: what,
          text: format.text(c.text),
          status: c.status,
          detail: latest
            ? `${latest.justification} (${latest.source ? t('present.assessedOnBy', { date: format.date(latest.date), source: latest.source.text }) : t('present.assessedOn', { date: format.date(latest.date) })})`
            : t('present.noJustification'),
        };
      });
      return {
        ...base,
        title: t('present.attentionTitle'),
        cards,
        notes: cards.map((c) => t('present.note.attention', { what: c.eyebrow, status: t(`status.${c.status!}`), justification: c.detail })),
      };
    }

    return {
      ...base,
      title: t('present.deadlinesTitle'),
      cards: deadlines.slice(0, 6).map((d) => ({ eyebrow: code(d.resolution.id, data), big: format.year(d.year), text: deadlineWhat(d, data), detail: yearsLeft(d.year, today) })),
      columns: Math.min(3, Math.max(1, deadlines.length)),
      notes: [
        ...deadlines.map((d) => t('present.note.deadline', { year: format.year(d.year), left: yearsLeft(d.year, today), what: `${code(d.resolution.id, data)}, ${deadlineWhat(d, data)}` })),
        t('present.note.deadlines'),
      ],
    };
  };
}
