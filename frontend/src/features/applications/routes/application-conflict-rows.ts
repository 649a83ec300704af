/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { ApplicationView } from '@/lib/api/types';
import { applicationToForm, type ApplicationFormValues, type WorkPackageFormValues } from '../components/application-form-values';

function workPackagesText(workPackages: WorkPackageFormValues[]): string {
  return workPackages
    .map((workPackage, index) => `${index + 1}. ${workPackage.title.trim()}`)
    .join('; ');
}

export function applicationConflictRows(mine: ApplicationFormValues, latest: ApplicationView, t: TFunction): ConflictRow[] {
  const theirs = applicationToForm(latest);
  const text = (key: 'title' | 'acronym' | 'summary' | 'objectives' | 'periodStart' | 'periodEnd' | 'internalStatus', label: string): ConflictRow => ({
    field: key,
    label,
    mine: mine[key].trim(),
    theirs: theirs[key],
  });
  return [
    { field: 'callId', label: t('applications.call'), mine: mine.callId, theirs: theirs.callId },
    text('title', t('applications.titleLabel')),
    text('acronym', t('applications.acronym')),
    text('summary', t('applications.summary')),
    text('objectives', t('applications.objectives')),
    text('periodStart', t('applications.periodStart')),
    text('periodEnd', t('applications.periodEnd')),
    { field: 'workPackages', label: t('applications.workPackages'), mine: workPackagesText(mine.workPackages), theirs: workPackagesText(theirs.workPackages) },
    text('internalStatus', t('applications.internalStatus')),
  ];
}
