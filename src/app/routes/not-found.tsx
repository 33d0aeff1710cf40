import { useTranslation } from '../../hooks/use-translation';
import { AppLink } from '../../components/app-link';
import { paths } from '../../config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('state.notFound')}</h1>
      <p>
        <AppLink to={paths.overview()}>{t('nav.overview')}</AppLink>
      </p>
    </section>
  );
}
