/** An application's workflow facts: status, internal status, submission and decision, who created it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useLinkedIdea } from '../api/get-linked-idea';
import { formatEuro } from './format-amount';
import { StatusBadge } from './status-badge';

export function ApplicationDetails({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const idea = useLinkedIdea(application.ideaId ?? '');
  return (
    <dl className="details">
      <dt>{t('common.status')}</dt>
      <dd>
        <StatusBadge status={application.status} />
      </dd>
      <dt>{t('applications.unit')}</dt>
      <dd>
        <Link to={`/units/${application.unitId}`}>
          {application.unitName} ({application.unitCode})
        </Link>
      </dd>
      <dt>{t('applications.call')}</dt>
      <dd>
        {application.callId ? (
          <Link to={`/calls/${application.callId}`}>
            {application.callIdentifier}: {application.callTitle}
          </Link>
        ) : (
          '–'
        )}
      </dd>
      {application.ideaId && (
        <>
          <dt>{t('applications.idea')}</dt>
          <dd>
            <Link to={`/ideas/${application.ideaId}`}>{idea.data?.title ?? t('applications.idea')}</Link>
          </dd>
        </>
      )}
      <dt>{t('applications.internalStatus')}</dt>
      <dd>{application.internalStatus || '–'}</dd>
      {application.funderReference && (
        <>
          <dt>{t('applications.funderReference')}</dt>
          <dd>{application.funderReference}</dd>
        </>
      )}
      {application.submittedOn && (
        <>
          <dt>{t('applications.submittedOn')}</dt>
          <dd>{format.date(application.submittedOn)}</dd>
        </>
      )}
      {application.decisionOn && (
        <>
          <dt>{t('applications.decisionOn')}</dt>
          <dd>{format.date(application.decisionOn)}</dd>
        </>
      )}
      {application.grantedAmount !== null && (
        <>
          <dt>{t('applications.grantedAmount')}</dt>
          <dd>{formatEuro(application.grantedAmount, format.language)}</dd>
        </>
      )}
      {application.rejectionReason && (
        <>
          <dt>{t('applications.rejectionReason')}</dt>
          <dd className="pre-line">{application.rejectionReason}</dd>
        </>
      )}
      <dt>{t('applications.createdBy')}</dt>
      <dd>
        {application.createdBy.name || application.createdBy.subject}, <time dateTime={application.createdAt}>{format.dateTime(application.createdAt)}</time>
      </dd>
    </dl>
  );
}
