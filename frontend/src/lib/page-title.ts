/** Sets the document title per page (WCAG 2.4.2). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const app = t('app.title');
    document.title = title ? `${title} – ${app}` : app;
  }, [title, t]);
}
