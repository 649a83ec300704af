/** The organisation form's errors: the usual field errors, and a duplicate shown with a link instead of the alert. */
import { useTranslation } from 'react-i18next';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { duplicateOf } from '../api/duplicate-partner';
import { contactFieldErrors } from '../components/partner-form-values';

export function usePartnerFormErrors(error: unknown) {
  const { t } = useTranslation();
  const duplicate = duplicateOf(error);
  const { fieldErrors, check } = useFormErrors(error, contactFieldErrors);
  return {
    duplicate,
    // The field that makes it a duplicate says so in the user's language.
    fieldErrors: duplicate ? { ...fieldErrors, [duplicate.field]: t('partners.duplicateField') } : fieldErrors,
    check,
    alert: duplicate ? undefined : alertError(error),
  };
}
