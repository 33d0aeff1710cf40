import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Last line of defence: a crash in a view says so and offers a way back, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  return (
    <section role="alert" className="panel error-panel">
      <h1>{t('state.crashTitle')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <a href="/">{t('nav.overview')}</a>
      </p>
    </section>
  );
}
