/** An organisation's legal name linking to its page, with its English name and a twin-town badge. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface OrganisationNameProps {
  id: string;
  legalName: string;
  englishName?: string | null;
  twinTown?: boolean;
}

export function OrganisationName({ id, legalName, englishName, twinTown }: OrganisationNameProps) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/partners/${id}`}>{legalName}</Link>
      {englishName && englishName !== legalName && <span className="muted"> ({englishName})</span>}
      {twinTown && (
        <>
          {' '}
          <span className="badge">{t('partners.twinTownBadge')}</span>
        </>
      )}
    </>
  );
}
