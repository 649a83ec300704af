/**
 * /personal-data (admin): what is held under the e-mail of someone in no register of contact persons (guests,
 * twin towns' contacts, networks' members, partner organisations' contacts), its export as JSON or as a page to
 * read, and its erasure.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import type { EmailErasure } from '@/lib/api/types';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useFindPersonalDataByEmail } from '../api/personal-data-by-email';
import { EmailPersonalDataSummary } from '../components/email-personal-data-summary';
import { EraseByEmailButton } from '../components/erase-by-email-button';
import { ExportPersonalDataButton } from '../components/export-personal-data-button';

export function PersonalDataByEmailRoute() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [erased, setErased] = useState<EmailErasure | null>(null);
  const search = useFindPersonalDataByEmail();
  const { fieldErrors, check } = useFormErrors(search.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(email.trim() ? {} : { email: t('form.requiredError') })) return;
    setErased(null);
    search.mutate(email.trim());
  };
  const held = search.data;
  const total = held ? held.eventRegistrations.length + held.otherRegisters.length : 0;
  return (
    <>
      <PageHeader title={t('personalDataByEmail.title')} />
      <p>{t('personalDataByEmail.intro')}</p>
      <form className="form panel" role="search" noValidate onSubmit={submit} aria-label={t('personalDataByEmail.searchLabel')}>
        <ProblemAlert error={alertError(search.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
        <TextField formId="personal-data" name="email" type="email" label={t('personalDataByEmail.email')} value={email} onChange={setEmail} required error={fieldErrors.email} autoComplete="off" />
        <BusyButton type="submit" busy={search.isPending}>
          {t('personalDataByEmail.search')}
        </BusyButton>
      </form>
      {erased && (
        <p className="alert alert--success" role="status">
          {t('personalDataByEmail.erased', { registrations: erased.eventRegistrations, entries: erased.otherRegisters })}
        </p>
      )}
      {held && (
        <section className="section" aria-labelledby="held-title">
          <h2 id="held-title">{t('personalDataByEmail.heldTitle')}</h2>
          <EmailPersonalDataSummary data={held} />
          <div className="button-row">
            <ExportPersonalDataButton subject={{ email: held.email }} />
            {total > 0 && (
              <EraseByEmailButton
                email={held.email}
                onErased={(result) => {
                  setErased(result);
                  search.mutate(held.email);
                }}
              />
            )}
          </div>
        </section>
      )}
    </>
  );
}
