/**
 * The application's partnership: everyone may see it, lead partner first; while it is a draft, those
 * who may edit it add an organisation of the register, change a partner's role (with If-Match) and
 * remove a partner after confirming.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { partnershipRefusalKey } from '@/lib/api/partnership-refusal';
import type { ApplicationView, PartnerMemberView, PartnerRole } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { partnershipChangeRefusal, useChangePartnerRole } from '../api/change-partner-role';
import { usePartnership } from '../api/get-partnership';
import { useRemovePartner } from '../api/remove-partner';
import { AddPartnerForm } from './add-partner-form';
import { ApplicationPartnerSearches } from './application-partner-searches';
import { PartnerRoleForm } from './partner-role-form';

interface ApplicationPartnershipProps {
  application: ApplicationView;
  /** Users who may edit the draft; others only read. */
  canManage: boolean;
}

export function ApplicationPartnership({ application, canManage }: ApplicationPartnershipProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const partnership = usePartnership(application.id);
  const change = useChangePartnerRole();
  const removal = useRemovePartner();
  const [removing, setRemoving] = useState<PartnerMemberView | null>(null);
  const [message, setMessage] = useState('');
  const refusal = partnershipChangeRefusal(change.error);

  const clearMessages = () => {
    setMessage('');
    change.reset();
    removal.reset();
  };
  const changeRole = async (member: PartnerMemberView, role: PartnerRole) => {
    setMessage('');
    removal.reset();
    try {
      await change.mutateAsync({ applicationId: application.id, partnerId: member.id, version: member.version, role });
      setMessage(t('applications.roleChanged', { name: member.legalName, role: t(`partnerRole.${role}`) }));
    } catch {
      // Shown below.
    }
  };
  const remove = async (member: PartnerMemberView) => {
    setMessage('');
    change.reset();
    try {
      await removal.mutateAsync({ applicationId: application.id, partnerId: member.id });
      setMessage(t('applications.partnerRemoved', { name: member.legalName }));
    } catch {
      // Shown below.
    } finally {
      setRemoving(null);
    }
  };

  return (
    <>
      {/* Always present, so that screen readers announce each new message. */}
      <div role="status">{message && <p className="alert alert--success">{message}</p>}</div>
      {refusal ? (
        <p className="alert alert--error" role="alert">
          {refusal === 'STALE' ? t('applications.partnershipStale') : t(partnershipRefusalKey(refusal), { name: '' })}
        </p>
      ) : (
        <ProblemAlert error={change.error ?? removal.error} />
      )}
      {partnership.isPending ? (
        <Loading />
      ) : partnership.isError ? (
        <ProblemAlert error={partnership.error} />
      ) : partnership.data.length === 0 ? (
        <p>{t('applications.partnershipEmpty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('applications.partnershipCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.partnerOrganisation')}</th>
                <th scope="col">{t('applications.partnerCountry')}</th>
                <th scope="col">{t('applications.partnerType')}</th>
                <th scope="col">{t('applications.partnerRole')}</th>
                <th scope="col">{t('applications.partnerAddedBy')}</th>
                {canManage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {partnership.data.map((member) => (
                <tr key={member.id}>
                  <td>
                    <Link to={`/partners/${member.organisationId}`}>{member.legalName}</Link>
                    {member.pic && <span className="muted"> (PIC {member.pic})</span>}
                  </td>
                  <td>{member.country ? countryName(member.country, format.language) : '–'}</td>
                  <td>{t(`organisationType.${member.type}`)}</td>
                  <td>
                    {canManage ? (
                      <PartnerRoleForm key={`${member.id}-${member.version}`} member={member} busy={change.isPending} onSave={(role) => void changeRole(member, role)} />
                    ) : (
                      t(`partnerRole.${member.role}`)
                    )}
                  </td>
                  <td>
                    {member.addedBy.name || member.addedBy.subject}, <time dateTime={member.addedAt}>{format.dateTime(member.addedAt)}</time>
                    {member.searchId && (
                      <>
                        {' '}
                        (<Link to={`/partner-searches/${member.searchId}`}>{t('applications.viaPartnerSearch')}</Link>)
                      </>
                    )}
                  </td>
                  {canManage && (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => setRemoving(member)}>
                        {t('applications.removePartner', { name: member.legalName })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <AddPartnerForm
          applicationId={application.id}
          memberOrganisationIds={partnership.data?.map((member) => member.organisationId) ?? []}
          onStart={clearMessages}
          onAdded={(name, role) => setMessage(t('applications.partnerAdded', { name, role: t(`partnerRole.${role}`) }))}
        />
      )}
      <ApplicationPartnerSearches application={application} canCreate={canManage} />
      <ConfirmRemoval
        item={removing}
        title={(item) => t('applications.removePartnerTitle', { name: item.legalName })}
        text={t('applications.removePartnerConfirm')}
        busy={removal.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
