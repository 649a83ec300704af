/** What is held under an e-mail, as counts per register. */
import { useTranslation } from 'react-i18next';
import type { EmailPersonalData } from '@/lib/api/types';
import { countsByRegister, EMAIL_REGISTERS } from '../api/personal-data-by-email';

export function EmailPersonalDataSummary({ data }: { data: EmailPersonalData }) {
  const { t } = useTranslation();
  const counts = countsByRegister(data);
  const total = EMAIL_REGISTERS.reduce((sum, register) => sum + counts[register], 0);
  return (
    <>
      <div className="table-wrapper">
        <table className="table">
        <caption>{t('personalDataByEmail.heldCaption', { email: data.email })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('personalDataByEmail.register')}</th>
            <th scope="col">{t('personalDataByEmail.count')}</th>
          </tr>
        </thead>
        <tbody>
          {EMAIL_REGISTERS.map((register) => (
            <tr key={register}>
              <th scope="row">{t(`personalDataByEmail.registers.${register}`)}</th>
              <td>{counts[register]}</td>
            </tr>
          ))}
        </tbody>
        </table>
      </div>
      {total === 0 && <p>{t('personalDataByEmail.nothing', { email: data.email })}</p>}
    </>
  );
}
