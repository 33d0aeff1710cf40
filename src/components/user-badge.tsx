import { useTranslation } from 'react-i18next';

/** Marks what a user added, wherever it shows, so it is never mistaken for a sourced item. */
export function UserBadge({ origin }: { origin?: 'user' }) {
  const { t } = useTranslation();
  if (origin !== 'user') return null;
  return (
    <>
      {' '}
      <span className="user-badge">{t('records.userAdded')}</span>
    </>
  );
}
