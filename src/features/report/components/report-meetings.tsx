import { useTranslation } from '../../../hooks/use-translation';
import { StatusBadge } from '../../../components/status-badge';
import type { ReportMeeting } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { AssessmentLine } from './assessment-line';
import { FootnoteRefs } from './footnotes';

/** The requests and pledges of meetings that serve no resolution: the last part of the appendix, by meeting. */
export function ReportMeetings({ meetings }: { meetings: ReportMeeting[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (meetings.length === 0) return null;
  return (
    <section className="report-section report-meetings" aria-labelledby="report-meetings">
      <h2 id="report-meetings">{t('overview.meetingsTitle')}</h2>
      {meetings.map(({ meeting, notes, items }) => (
        <div key={meeting.id} className="report-meeting">
          <h3>
            {format.dateRange(meeting.date, meeting.endDate)} — {format.text(meeting.title)}
            <FootnoteRefs notes={notes} />
          </h3>
          <ul className="report-tasks" aria-label={format.text(meeting.title)}>
            {items.map(({ commitment: c, notes: itemNotes, assessment }) => (
              <li key={c.id}>
                <p className="report-item">
                  <strong className="report-item-label">{t(`kind.${c.kind}`, { n: c.order })}</strong> {format.text(c.text)}
                  <FootnoteRefs notes={itemNotes} /> <StatusBadge status={c.status} />
                  {c.issuer && (
                    <span className="muted">
                      {' '}
                      ({c.addressee
                        ? t('commitment.byTo', { issuer: format.text(c.issuer), addressee: format.text(c.addressee) })
                        : t('commitment.by', { issuer: format.text(c.issuer) })})
                    </span>
                  )}
                </p>
                {assessment && <AssessmentLine assessment={assessment} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
