import { useTranslation } from '../../../hooks/use-translation';
import { EmptyState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { UserBadge } from '../../../components/user-badge';
import { DueOrHorizon } from '../../../components/due-or-horizon';
import type { TargetFigure } from '../../../domain/figures';
import type { ReportCommitment, ReportSection as Model } from '../../../domain/report';
import type { Inference } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { AssessmentLine } from './assessment-line';
import { FootnoteRefs } from './footnotes';
import { ReportTarget } from './report-target';

export const sectionAnchor = (resolutionId: string) => `report-${resolutionId}`;

/** On paper the flag and the dataset's own note are enough: the note says what was read into the source. */
function InferredLine({ inferred }: { inferred?: Inference }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!inferred) return null;
  return (
    <p className="report-inferred" role="note">
      <span className="inferred-badge">{t('inferred.badge')}</span> {format.text(inferred.note)}
    </p>
  );
}

function CommitmentItem({ item }: { item: ReportCommitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { commitment: c } = item;
  return (
    <li className={`report-${c.kind}`}>
      <p className="report-item">
        <strong className="report-item-label">{t(`kind.${c.kind}`, { n: c.order })}</strong>{' '}
        <span>{format.text(c.text)}</span>
        <FootnoteRefs notes={item.notes} /> <DueOrHorizon commitment={c} /> <StatusBadge status={c.status} />
        <UserBadge origin={c.origin} />
      </p>
      {item.assessment && <AssessmentLine assessment={item.assessment} />}
      <InferredLine inferred={c.inferred} />
      {item.measures.length > 0 && (
        <ul aria-label={t('resolution.measuresOf', { n: c.order })}>
          {item.measures.map((m) => (
            <CommitmentItem key={m.commitment.id} item={m} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** One resolution of the appendix: its tasks and measures, their assessments, its targets. */
export function ReportSection({ section, figuresByTarget, today, startYear }: {
  section: Model;
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  today: string;
  startYear: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { resolution } = section;
  const id = resolution.id;
  const titleId = `${sectionAnchor(id)}-title`;
  const heading = (
    <h2 id={titleId}>
      {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
      <FootnoteRefs notes={section.notes} />
      <UserBadge origin={resolution.origin} />
    </h2>
  );
  // Nothing listed for it: one line in the report, not a page of its own.
  if (section.tasks.length === 0 && section.targets.length === 0)
    return (
      <section className="report-section report-line" id={sectionAnchor(id)} aria-labelledby={titleId}>
        {heading}
        <p>{t(section.listsCommitments ? 'resolution.noCommitments' : 'resolution.noCommitmentsInSources')}</p>
      </section>
    );
  return (
    <section className="report-section" id={sectionAnchor(id)} aria-labelledby={titleId}>
      {/* The issuer and the heading stay on one page. */}
      <header className="report-section-head">
        <p className="eyebrow">{format.text(resolution.issuer)}</p>
        {heading}
      </header>
      {resolution.note && (
        <p className="notice" role="note">
          <strong>{t('resolution.sourceNote')}</strong> {format.text(resolution.note)}
        </p>
      )}
      <h3>{t('resolution.tasks')}</h3>
      {section.tasks.length === 0 ? (
        <EmptyState>{t(section.listsCommitments ? 'resolution.noCommitments' : 'resolution.noCommitmentsInSources')}</EmptyState>
      ) : (
        <ul className="report-tasks" aria-label={t('resolution.tasks')}>
          {section.tasks.map((task) => (
            <CommitmentItem key={task.commitment.id} item={task} />
          ))}
        </ul>
      )}
      {section.targets.length > 0 && (
        <>
          <h3>{t('commitment.targets')}</h3>
          {section.targets.map((item) => (
            <ReportTarget key={item.target.id} item={item} figures={figuresByTarget.get(item.target.id) ?? []} today={today} startYear={startYear} />
          ))}
        </>
      )}
    </section>
  );
}
