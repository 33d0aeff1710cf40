import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { StatusBadge } from './status-badge';
import { paths } from '../config/paths';
import type { MeetingCommitments as Group } from '../domain/meetings';
import { useFormat } from '../hooks/use-format';

/** Requests and pledges under the meeting that made them: who asked or pledged, of whom, what. */
export function MeetingCommitments({ groups, headingLevel = 3 }: { groups: Group[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="meeting-commitments">
      {groups.map(({ meeting, commitments }) => (
        <section key={meeting.id} aria-labelledby={`meeting-${meeting.id}`}>
          <Heading id={`meeting-${meeting.id}`} className="meeting-title">
            <time dateTime={meeting.date}>{format.dateRange(meeting.date, meeting.endDate)}</time> — {format.text(meeting.title)}
          </Heading>
          <ul>
            {commitments.map((c) => (
              <li key={c.id}>
                <span className="tree-label">{t(`kind.${c.kind}`, { n: c.order })}</span>{' '}
                <AppLink to={paths.commitment(c.id)}>{format.text(c.text)}</AppLink>{' '}
                <StatusBadge status={c.status} />
                {c.issuer && (
                  <p className="muted meeting-who">
                    {c.addressee
                      ? t('commitment.byTo', { issuer: format.text(c.issuer), addressee: format.text(c.addressee) })
                      : t('commitment.by', { issuer: format.text(c.issuer) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
