import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { MeetingCommitments } from '../../../components/meeting-commitments';
import type { MeetingCommitments as Group } from '../../../domain/meetings';

/**
 * What meetings asked of others or pledged, apart from the resolutions' own tasks: each stored and
 * counted once, however many resolutions it serves. Memoised like the other panels.
 */
export const MeetingRequests = memo(function MeetingRequests({ meetings }: { meetings: Group[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('overview.meetingsTitle')}</h2>
      <MeetingCommitments groups={meetings} folded />
    </section>
  );
});
