/** Erases everything held under an e-mail (admin) after a confirmation that names the e-mail and says it cannot be undone. */
import { useTranslation } from 'react-i18next';
import type { EmailErasure } from '@/lib/api/types';
import { useErasePersonalDataByEmail } from '../api/personal-data-by-email';
import { ErasePersonalDataButton } from './erase-personal-data-button';

export function EraseByEmailButton({ email, onErased }: { email: string; onErased: (erased: EmailErasure) => void }) {
  const { t } = useTranslation();
  const erasure = useErasePersonalDataByEmail();
  return (
    <ErasePersonalDataButton
      subject={email}
      erasure={erasure}
      title={t('personalDataByEmail.eraseTitle', { email })}
      warning={t('personalDataByEmail.eraseWarning', { email })}
      onErased={onErased}
    />
  );
}
