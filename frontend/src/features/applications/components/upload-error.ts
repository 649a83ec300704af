/**
 * The message for a failed upload: too large (413), type not allowed (415), not a draft (409 ATTACHMENT-003),
 * refused by the virus scan (422 UPLOAD-001, 503 UPLOAD-002).
 */
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api/problem';
import { scanRefusalMessage } from '@/lib/api/scan-refusal';
import { MAX_ATTACHMENT_MB } from '../api/upload-attachment';

export function uploadErrorMessage(error: unknown, t: TFunction): string | undefined {
  if (isApiError(error, 413)) return t('applications.tooLarge', { max: MAX_ATTACHMENT_MB });
  if (isApiError(error, 415)) return t('applications.typeNotAllowed');
  if (isApiError(error, 409) && error.problem.code === 'ATTACHMENT-003') return t('applications.attachmentsOnlyDraft');
  return scanRefusalMessage(error, t);
}
