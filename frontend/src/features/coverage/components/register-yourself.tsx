/** Asks a coordinator whom their unit's contact-person register does not name to register (coverage counts the register). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@/lib/auth/me-context';
import { useUnitsMissingMe } from '../api/get-my-registrations';

export function RegisterYourself() {
  const { t } = useTranslation();
  const { me, permissions } = useMe();
  const missing = useUnitsMissingMe(me, permissions.isCoordinator);
  if (!missing.data?.length) return null;
  return (
    <div className="alert alert--warning" role="status">
      {missing.data.map((unit) => (
        <p key={unit.id}>
          {t('coverage.notRegistered', { unit: unit.name })}{' '}
          <Link to={`/contacts/new?unitId=${unit.id}&role=INTERNATIONAL_COORDINATOR`}>{t('coverage.registerYourself')}</Link>
        </p>
      ))}
    </div>
  );
}
