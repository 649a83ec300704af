/** A call's properties, its deadline in both zones, and the rules that apply. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RuleSetDetails } from '@/components/rule-set/rule-set-details';
import type { CallView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { formatInZone } from '@/lib/i18n/zoned-time';
import type { ProgrammeOption } from '@/lib/api/shared-reads';
import { CallDeadlineDetails } from './call-deadline';

/** `programme` (with its rules) is shown for comparison when the call narrows them. */
export function CallDetails({ call, programme }: { call: CallView; programme?: ProgrammeOption }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: number | null) => (value === null ? '' : format.money(value, 'EUR'));
  return (
    <>
      {call.description && <p className="lead">{call.description}</p>}
      <dl className="details">
        <dt>{t('calls.identifier')}</dt>
        <dd>{call.identifier}</dd>
        <dt>{t('calls.programme')}</dt>
        <dd>
          <Link to={`/programmes/${call.programmeId}`}>
            {call.programmeName} ({call.programmeCode})
          </Link>
        </dd>
        <dt>{t('calls.fund')}</dt>
        <dd>{t(`fund.${call.fund}`)}</dd>
        <dt>{t('calls.actionType')}</dt>
        <dd>{call.actionType || '–'}</dd>
        <dt>{t('common.status')}</dt>
        <dd>{t(`callStatus.${call.status}`)}</dd>
        <dt>{t('calls.opensAt')}</dt>
        <dd>{call.opensAt ? formatInZone(call.opensAt, call.timeZone, format.language) : '–'}</dd>
        <CallDeadlineDetails call={call} />
        <dt>{t('calls.budget')}</dt>
        <dd>{call.budget !== null ? format.money(call.budget, 'EUR') : '–'}</dd>
        <dt>{t('calls.grantRange')}</dt>
        <dd>{call.grantMin === null && call.grantMax === null ? '–' : `${money(call.grantMin) || '…'} – ${money(call.grantMax) || '…'}`}</dd>
        <dt>{t('calls.expectedGrants')}</dt>
        <dd>{call.expectedGrants !== null ? format.number(call.expectedGrants) : '–'}</dd>
        <dt>{t('calls.maxPartners')}</dt>
        <dd>{call.maxPartners !== null ? format.number(call.maxPartners) : t('calls.noMaxPartners')}</dd>
        <dt>{t('calls.eligibleApplicantTypes')}</dt>
        <dd>{call.eligibleApplicantTypes.map((type) => t(`applicantType.${type}`)).join(', ') || '–'}</dd>
        <dt>{t('calls.topics')}</dt>
        <dd>{call.topics.join(', ') || '–'}</dd>
        <dt>{t('calls.url')}</dt>
        <dd>
          {call.url ? (
            <a href={call.url} target="_blank" rel="noreferrer">
              {t('calls.portalLink')}
              <span className="visually-hidden"> {t('common.opensInNewWindow')}</span>
            </a>
          ) : (
            '–'
          )}
        </dd>
      </dl>
      <section className="section" aria-labelledby="call-effective-rules-title">
        <h2 id="call-effective-rules-title">{t('calls.effectiveRules')}</h2>
        <p>{call.narrowsProgrammeRules ? t('calls.narrowedNote') : t('calls.programmeRulesApply')}</p>
        <RuleSetDetails rules={call.effectiveRules} />
      </section>
      {call.narrowsProgrammeRules && programme && (
        <section className="section" aria-labelledby="call-programme-rules-title">
          <h2 id="call-programme-rules-title">{t('calls.programmeRules', { name: programme.name })}</h2>
          <RuleSetDetails rules={programme.rules} />
        </section>
      )}
    </>
  );
}
