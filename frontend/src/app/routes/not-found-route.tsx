/** Any address the app does not know. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <p>{t('errors.notFound')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </>
  );
}
