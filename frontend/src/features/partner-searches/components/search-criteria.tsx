/** What a search is for and what it seeks: unit, application, idea, call, topic, roles, countries, types, expertise, deadline. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerSearchView } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { useApplicationChoices } from '../api/get-application-choices';

export function SearchCriteria({ search }: { search: PartnerSearchView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const applications = useApplicationChoices(search.applicationId ? search.unitId : '');
  const application = applications.data?.find((choice) => choice.id === search.applicationId);
  const list = (items: string[]) => items.join(', ') || t('partnerSearches.any');
  return (
    <dl className="details">
      <dt>{t('common.status')}</dt>
      <dd>
        <span className={search.status === 'CLOSED' ? 'badge badge--warning' : 'badge'}>{t(`searchStatus.${search.status}`)}</span>
      </dd>
      <dt>{t('partnerSearches.unit')}</dt>
      <dd>
        <Link to={`/units/${search.unitId}`}>{search.unitCode}</Link>
      </dd>
      <dt>{t('partnerSearches.application')}</dt>
      <dd>{search.applicationId ? <Link to={`/applications/${search.applicationId}`}>{application?.title ?? t('partnerSearches.openTheApplication')}</Link> : '–'}</dd>
      <dt>{t('partnerSearches.idea')}</dt>
      <dd>{search.ideaId ? <Link to={`/ideas/${search.ideaId}`}>{t('partnerSearches.openTheIdea')}</Link> : '–'}</dd>
      <dt>{t('partnerSearches.call')}</dt>
      <dd>{search.callId ? <Link to={`/calls/${search.callId}`}>{search.callIdentifier ?? t('partnerSearches.openTheCall')}</Link> : '–'}</dd>
      <dt>{t('partnerSearches.topic')}</dt>
      <dd className="pre-line">{search.topic}</dd>
      <dt>{t('partnerSearches.roles')}</dt>
      <dd>{list(search.roles.map((role) => t(`partnerRole.${role}`)))}</dd>
      <dt>{t('partnerSearches.countries')}</dt>
      <dd>{list(search.countries.map((code) => countryName(code, format.language)))}</dd>
      <dt>{t('partnerSearches.organisationTypes')}</dt>
      <dd>{list(search.organisationTypes.map((type) => t(`organisationType.${type}`)))}</dd>
      <dt>{t('partnerSearches.expertise')}</dt>
      <dd>{search.expertise.join(', ') || '–'}</dd>
      <dt>{t('partnerSearches.interestDeadline')}</dt>
      <dd>{search.interestDeadline ? <time dateTime={search.interestDeadline}>{format.date(search.interestDeadline)}</time> : '–'}</dd>
      <dt>{t('partnerSearches.interests')}</dt>
      <dd>{format.number(search.interests)}</dd>
      <dt>{t('partnerSearches.createdBy')}</dt>
      <dd>
        {search.createdBy.name || search.createdBy.subject}, <time dateTime={search.createdAt}>{format.dateTime(search.createdAt)}</time>
      </dd>
    </dl>
  );
}
