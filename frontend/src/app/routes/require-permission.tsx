/** Shows a page only to roles that may use it; others get an explanation instead. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layout/page-header';
import { usePermissions } from '@/lib/auth/me-context';
import type { Permissions } from '@/lib/auth/roles';

type BooleanPermission = { [K in keyof Permissions]: Permissions[K] extends boolean ? K : never }[keyof Permissions];

export function RequirePermission({ permission, children }: { permission: BooleanPermission; children: ReactNode }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  if (permissions[permission]) return <>{children}</>;
  return (
    <>
      <PageHeader title={t('errors.forbiddenTitle')} />
      <p>{t('errors.forbidden')}</p>
    </>
  );
}
