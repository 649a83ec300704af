/** A programme's properties and its rule set. */
import { useTranslation } from 'react-i18next';
import { RuleSetDetails } from '@/components/rule-set/rule-set-details';
import type { ProgrammeView } from '@/lib/api/types';

export function ProgrammeDetails({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="details">
        <dt>{t('programmes.code')}</dt>
        <dd>{programme.code}</dd>
        <dt>{t('programmes.fund')}</dt>
        <dd>{t(`fund.${programme.fund}`)}</dd>
        <dt>{t('programmes.managingAuthority')}</dt>
        <dd>{programme.managingAuthority || '–'}</dd>
      </dl>
      <section className="section" aria-labelledby="programme-rules-title">
        <h2 id="programme-rules-title">{t('programmes.rules')}</h2>
        <RuleSetDetails rules={programme.rules} />
      </section>
    </>
  );
}
