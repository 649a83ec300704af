/** The application's team: everyone may see it; applicants, coordinators and advisors add and remove members. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { TeamMemberView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useTeam } from '../api/get-team';
import { useRemoveTeamMember } from '../api/remove-team-member';
import { TeamMemberPicker } from './team-member-picker';

interface ApplicationTeamProps {
  applicationId: string;
  /** Auditors and admins only read. */
  canManage: boolean;
}

export function ApplicationTeam({ applicationId, canManage }: ApplicationTeamProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const team = useTeam(applicationId);
  const removal = useRemoveTeamMember();
  const [removing, setRemoving] = useState<TeamMemberView | null>(null);
  const [message, setMessage] = useState('');

  const remove = async (member: TeamMemberView) => {
    setMessage('');
    try {
      await removal.mutateAsync({ applicationId, subject: member.subject });
      setMessage(t('applications.teamMemberRemoved', { name: member.name }));
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
      <ProblemAlert error={removal.error} />
      {team.isPending ? (
        <Loading />
      ) : team.isError ? (
        <ProblemAlert error={team.error} />
      ) : team.data.length === 0 ? (
        <p>{t('applications.teamEmpty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('applications.team')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.teamName')}</th>
                <th scope="col">{t('applications.teamEmail')}</th>
                <th scope="col">{t('applications.teamAddedBy')}</th>
                {canManage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {team.data.map((member) => (
                <tr key={member.subject}>
                  <td>{member.name}</td>
                  <td>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : '–'}</td>
                  <td>
                    {member.addedBy.name}, <time dateTime={member.addedAt}>{format.dateTime(member.addedAt)}</time>
                  </td>
                  {canManage && (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => setRemoving(member)}>
                        {t('applications.teamRemove', { name: member.name })}
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
        <TeamMemberPicker
          applicationId={applicationId}
          onAdded={(name) => {
            removal.reset();
            setMessage(t('applications.teamMemberAdded', { name }));
          }}
        />
      )}
      <ConfirmRemoval
        item={removing}
        title={(item) => t('applications.teamRemoveTitle', { name: item.name })}
        text={t('applications.teamRemoveConfirm')}
        busy={removal.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
