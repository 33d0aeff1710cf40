import { useTranslation } from '../../../hooks/use-translation';
import { StatusBadge } from '../../../components/status-badge';
import { timeLeft } from '../../../domain/briefing';
import type { TargetFigure } from '../../../domain/figures';
import type { ReportAttention, ReportSummary as Model } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { useTargetSentence } from '../../../hooks/use-target-sentence';
import { useTimeLeft } from '../../../hooks/use-time-left';
import { countsText } from '../../../lib/counts-text';
import { AssessmentLine } from './assessment-line';
import { FootnoteRefs } from './footnotes';
import { ReportChart } from './report-target';

/** A target in the summary: the latest figure against the next target, the verdict, the chart and the sentence to read aloud. */
function HeadlineTarget({ item, figures, today, startYear }: { item: Model['targets'][number]; figures: TargetFigure[]; today: string; startYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useTargetSentence();
  const { target, pace, notes } = item;
  const goal = pace.next ?? [...target.milestones].sort((a, b) => a.year - b.year).at(-1);
  const goalValue = goal && (goal.approximate ? t('target.approx', { value: format.number(goal.value) }) : format.number(goal.value));
  return (
    <li>
      <figure className="report-headline-target">
        <p className="report-headline-figure">
          <strong className="report-headline-label">{format.text(target.label)}</strong>
          {pace.latest && goal && (
            <>
              <span className="report-big">{format.number(pace.latest.value)}</span>{' '}
              {t('briefing.ofTarget', { target: goalValue, unit: format.text(target.unit), year: format.year(goal.year) })}
              {pace.share !== null && <> · {format.percent(pace.share)}</>}{' '}
            </>
          )}
          <span className={`verdict verdict-${pace.verdict}`}>{t(`briefing.verdict.${pace.verdict}`)}</span>
        </p>
        {item.chart && <ReportChart target={target} figures={figures} today={today} startYear={startYear} />}
        <figcaption>
          {sentence(target, pace)}
          <FootnoteRefs notes={notes} />
        </figcaption>
      </figure>
    </li>
  );
}

function Headline({ summary, figuresByTarget, today, startYear }: { summary: Model; figuresByTarget: ReadonlyMap<string, TargetFigure[]>; today: string; startYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = summary;
  return (
    <>
      <h3>{t('report.headline')}</h3>
      <ul className="report-headline">
        {summary.targets.map((item) => (
          <HeadlineTarget key={item.target.id} item={item} figures={figuresByTarget.get(item.target.id) ?? []} today={today} startYear={startYear} />
        ))}
        <li>
          <strong>{t('report.assessedTitle')}</strong>{' '}
          {t('report.assessedCount', { assessed: format.number(counts.assessed), total: format.number(counts.total) })}{' '}
          {t('report.statusCount', { status: t('status.at_risk'), n: format.number(counts.atRisk) })}
          {t('report.listSeparator')}
          {t('report.statusCount', { status: t('status.off_track'), n: format.number(counts.offTrack) })}.
        </li>
      </ul>
    </>
  );
}

function AttentionItem({ item }: { item: ReportAttention }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { commitment: c, resolution, parent, meeting } = item;
  const where = [
    resolution && t('resolution.short', { code: resolution.code }),
    !resolution && meeting && `${format.text(meeting.title)}, ${format.dateRange(meeting.date, meeting.endDate)}`,
    parent && t(`kind.${parent.kind}`, { n: parent.order }),
    t(`kind.${c.kind}`, { n: c.order }),
  ].filter(Boolean);
  return (
    <li>
      <p className="report-item">
        <StatusBadge status={c.status} /> <strong>{where.join(' · ')}</strong> {format.text(c.text)}
        <FootnoteRefs notes={item.notes} />
      </p>
      {item.assessment ? <AssessmentLine assessment={item.assessment} /> : <p className="report-assessment muted">{t('report.noJustification')}</p>}
    </li>
  );
}

function Deadlines({ summary, today }: { summary: Model; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { words: left } = useTimeLeft();
  if (summary.deadlines.length === 0) return <p>{t('briefing.noDeadline')}</p>;
  return (
    <ul className="report-deadlines">
      {summary.deadlines.map((d) => {
        const what = [
          d.commitments.length > 0 && countsText(t, d.commitments, 'deadline.commitments'),
          ...d.milestones.map(({ target, milestone: m }) =>
            t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', { value: format.number(m.value), unit: format.text(target.unit), year: format.year(m.year) }),
          ),
          d.onHorizon.length > 0 && countsText(t, d.onHorizon, 'deadline.horizon'),
        ].filter((x): x is string => Boolean(x));
        return (
          <li key={`${d.year}-${d.resolution.id}`}>
            <strong>{format.year(d.year)}</strong> <span className="muted">({left(timeLeft(today, d.year))})</span>{' '}
            {t('report.deadlineLine', { resolution: t('resolution.short', { code: d.resolution.code }), what: what.join(t('report.listSeparator')) })}
          </li>
        );
      })}
    </ul>
  );
}

/** The first pages: the targets' figures and pace, what is at risk and why, what is due next. */
export function ReportSummary({ summary, figuresByTarget, today, startYear }: {
  summary: Model;
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  today: string;
  startYear: number;
}) {
  const { t } = useTranslation();
  return (
    <section className="report-summary" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('report.summary')}</h2>
      <Headline summary={summary} figuresByTarget={figuresByTarget} today={today} startYear={startYear} />
      <h3>{t('report.attention')}</h3>
      {summary.attention.length === 0 ? (
        <p>{t('report.noAttention')}</p>
      ) : (
        <ul className="report-attention">
          {summary.attention.map((item) => (
            <AttentionItem key={item.commitment.id} item={item} />
          ))}
        </ul>
      )}
      <h3>{t('report.deadlines')}</h3>
      <Deadlines summary={summary} today={today} />
    </section>
  );
}
