import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { UserBadge } from '../../../components/user-badge';
import { DueOrHorizon } from '../../../components/due-or-horizon';
import { InferredNote } from '../../../components/inferred-note';
import type { RecordedFigure } from '../../../domain/figures';
import type { ReportCommitment, ReportSection as Model } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { FootnoteList, FootnoteRefs } from './footnotes';
import { ReportTarget } from './report-target';

export const sectionAnchor = (resolutionId: string) => `report-${resolutionId}`;

function CommitmentItem({ item, sectionId }: { item: ReportCommitment; sectionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { commitment: c } = item;
  return (
    <li className={`report-${c.kind}`}>
      <p className="report-item">
        <strong className="report-item-label">{t(`kind.${c.kind}`, { n: c.order })}</strong>{' '}
        <span>{format.text(c.text)}</span>
        <FootnoteRefs sectionId={sectionId} notes={item.notes} />{' '}
        <DueOrHorizon commitment={c} />{' '}
        <StatusBadge status={c.status} />
        <UserBadge origin={c.origin} />
      </p>
      <InferredNote inferred={c.inferred} />
      {item.measures.length > 0 && (
        <ul aria-label={t('resolution.measuresOf', { n: c.order })}>
          {item.measures.map((m) => (
            <CommitmentItem key={m.commitment.id} item={m} sectionId={sectionId} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** One resolution of the report; in print it starts a page, and its footnotes close it. */
export function ReportSection({ section, figuresByTarget, today, startYear }: {
  section: Model;
  figuresByTarget: ReadonlyMap<string, RecordedFigure[]>;
  today: string;
  startYear: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { resolution } = section;
  const id = resolution.id;
  const titleId = `${sectionAnchor(id)}-title`;
  // Nothing listed for it: one line in the report, not a page of its own.
  if (section.tasks.length === 0 && section.targets.length === 0)
    return (
      <section className="report-section report-line" id={sectionAnchor(id)} aria-labelledby={titleId}>
        <h2 id={titleId}>
          {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
          <FootnoteRefs sectionId={id} notes={section.notes} />
          <UserBadge origin={resolution.origin} />
        </h2>
        <p>{t(section.listsCommitments ? 'resolution.noCommitments' : 'resolution.noCommitmentsInSources')}</p>
        <FootnoteList sectionId={id} footnotes={section.footnotes} />
      </section>
    );
  return (
    <section className="report-section" id={sectionAnchor(id)} aria-labelledby={titleId}>
      <p className="eyebrow">{format.text(resolution.issuer)}</p>
      <h2 id={titleId}>
        {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
        <FootnoteRefs sectionId={id} notes={section.notes} />
        <UserBadge origin={resolution.origin} />
      </h2>
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
            <CommitmentItem key={task.commitment.id} item={task} sectionId={id} />
          ))}
        </ul>
      )}
      {section.targets.length > 0 && (
        <>
          <h3>{t('commitment.targets')}</h3>
          {section.targets.map((item) => (
            <ReportTarget key={item.target.id} item={item} sectionId={id} figures={figuresByTarget.get(item.target.id) ?? []} today={today} startYear={startYear} />
          ))}
        </>
      )}
      <FootnoteList sectionId={id} footnotes={section.footnotes} />
    </section>
  );
}
