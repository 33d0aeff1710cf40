import { useTranslation } from '../hooks/use-translation';
import { AppLink } from './app-link';
import { AssessedStatus } from './assessed-status';
import { paths } from '../config/paths';
import type { MeetingCommitments as Group } from '../domain/meetings';
import { useFormat } from '../hooks/use-format';

/**
 * Requests and pledges under the meeting that made them: who asked or pledged, of whom, what.
 * `folded`: each meeting opens on demand (the overview, where sixteen items would crowd the page).
 */
export function MeetingCommitments({ groups, folded = false }: { groups: Group[]; folded?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="meeting-commitments">
      {groups.map(({ meeting, commitments }) => {
        const title = (
          <>
            <time dateTime={meeting.date}>{format.dateRange(meeting.date, meeting.endDate)}</time> — {format.text(meeting.title)}
          </>
        );
        const list = (
          <ul aria-label={format.text(meeting.title)}>
            {commitments.map((c) => (
              <li key={c.id}>
                <span className="tree-label">{t(`kind.${c.kind}`, { n: c.order })}</span>{' '}
                <AppLink to={paths.commitment(c.id)}>{format.text(c.text)}</AppLink>{' '}
                <AssessedStatus commitmentId={c.id} status={c.status} clamp />
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
        );
        return folded ? (
          <details key={meeting.id} className="meeting-group">
            <summary>
              <span className="meeting-title">{title}</span> <span className="muted">({t('commitment.madeThere', { count: commitments.length })})</span>
            </summary>
            {list}
          </details>
        ) : (
          <section key={meeting.id} aria-labelledby={`meeting-${meeting.id}`}>
            <h3 id={`meeting-${meeting.id}`} className="meeting-title">
              {title}
            </h3>
            {list}
          </section>
        );
      })}
    </div>
  );
}
