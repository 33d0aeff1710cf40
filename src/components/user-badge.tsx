import { useTranslation } from '../hooks/use-translation';

/** Marks what a user added, wherever it shows, so it is never mistaken for a sourced item. */
export function UserBadge({ origin }: { origin?: 'user' }) {
  // Most items are the dataset's: they render nothing, and subscribe to nothing.
  return origin === 'user' ? <UserAddedBadge /> : null;
}

function UserAddedBadge() {
  const { t } = useTranslation();
  return (
    <>
      {' '}
      <span className="user-badge">{t('records.userAdded')}</span>
    </>
  );
}
