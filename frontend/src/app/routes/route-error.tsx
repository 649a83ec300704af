/** Shown when a page fails to render. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BareLayout } from '@/components/layout/bare-layout';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <BareLayout>
      <h1>{t('errors.unexpectedTitle')}</h1>
      <p role="alert">{t('errors.generic')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </BareLayout>
  );
}
