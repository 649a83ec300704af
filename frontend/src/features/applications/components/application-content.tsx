/**
 * An application's content (as edited or as submitted): unit, call, title, summary, objectives,
 * period, work packages, and in the submitted version the partnership as it was submitted.
 */
import { useTranslation } from 'react-i18next';
import type { ApplicationContent as Content } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { SubmittedPartners } from './submitted-partners';
import { WorkPackagesList } from './work-packages-list';

/** The draft has no partners in its content (the partnership panel shows them); the submitted version has. */
type ContentShown = Omit<Content, 'partners'> & Partial<Pick<Content, 'partners'>>;

export function ApplicationContent({ content }: { content: ContentShown }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <dl className="details">
        <dt>{t('applications.unit')}</dt>
        <dd>
          {content.unitName} ({content.unitCode})
        </dd>
        <dt>{t('applications.call')}</dt>
        <dd>{content.callIdentifier ? `${content.callIdentifier}: ${content.callTitle ?? ''}` : '–'}</dd>
        <dt>{t('applications.titleLabel')}</dt>
        <dd>{content.title}</dd>
        <dt>{t('applications.acronym')}</dt>
        <dd>{content.acronym || '–'}</dd>
        <dt>{t('applications.summary')}</dt>
        <dd className="pre-line">{content.summary || '–'}</dd>
        <dt>{t('applications.objectives')}</dt>
        <dd className="pre-line">{content.objectives || '–'}</dd>
        <dt>{t('applications.period')}</dt>
        <dd>{content.periodStart || content.periodEnd ? `${format.date(content.periodStart) || '…'} – ${format.date(content.periodEnd) || '…'}` : '–'}</dd>
      </dl>
      <h3>{t('applications.workPackages')}</h3>
      <WorkPackagesList workPackages={content.workPackages} />
      {content.partners && (
        <>
          <h3>{t('applications.partnership')}</h3>
          <SubmittedPartners partners={content.partners} />
        </>
      )}
    </>
  );
}
