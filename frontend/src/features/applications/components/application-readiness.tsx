/** The application's next steps at the top of its page, each missing item linked to the field or section to fix. */
import { useTranslation } from 'react-i18next';
import { fieldKey } from '@/lib/api/problem';
import type { ApplicationView, ReadinessItem } from '@/lib/api/types';
import { useReadiness } from '@/components/readiness/get-readiness';
import { ReadinessPanel, type ItemLink } from '@/components/readiness/readiness-panel';

/** The form's field ids are "application-form-<field>" (see ApplicationForm). */
const FORM_ID = 'application-form';

export function ApplicationReadiness({ application, canEdit }: { application: ApplicationView; canEdit: boolean }) {
  const { t } = useTranslation();
  const readiness = useReadiness('application', application.id, application.version);
  if (!readiness.data) return null;
  const linkFor = (item: ReadinessItem): ItemLink => {
    switch (item.section) {
      case 'PARTNERSHIP':
        return { anchor: '#partnership' };
      case 'BUDGET':
        return { to: `/applications/${application.id}/budget` };
      default:
        return canEdit ? { to: `/applications/${application.id}/edit#${FORM_ID}-${fieldKey(item.field)}` } : null;
    }
  };
  return <ReadinessPanel readiness={readiness.data} actionLabel={(action) => t(`transitionAction.${action}`)} linkFor={linkFor} />;
}
