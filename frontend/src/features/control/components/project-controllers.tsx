/**
 * A project's controllers on its page: everyone who reads the project sees who controls its claims; advisors
 * appoint a user with the controller role (who has logged in once) and remove one.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { useAppointController, useControllerCandidates, useControllers, useRemoveController } from '../api/controllers';

const FORM_ID = 'appoint-controller';

export function ProjectControllers({ projectId, onMessage }: { projectId: string; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const permissions = usePermissions();
  const advisor = permissions.canAppointControllers;
  const controllers = useControllers(projectId);
  const candidates = useControllerCandidates(projectId, advisor);
  const appoint = useAppointController();
  const remove = useRemoveController();
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!subject) {
      setError(t('form.requiredError'));
      return;
    }
    setError(undefined);
    const name = candidates.data?.find((c) => c.subject === subject)?.name ?? subject;
    appoint.mutate(
      { projectId, subject },
      {
        onSuccess: () => {
          setSubject('');
          onMessage(t('control.appointedOk', { name }));
        },
      },
    );
  };

  return (
    <section id="controllers" tabIndex={-1} className="section" aria-labelledby="controllers-title">
      <h2 id="controllers-title">{t('control.controllersTitle')}</h2>
      {controllers.isError && <ProblemAlert error={controllers.error} />}
      {controllers.data && controllers.data.length === 0 && <p className="muted">{t('control.noControllers')}</p>}
      {controllers.data && controllers.data.length > 0 && (
        <ul className="plain-list" aria-label={t('control.controllersTitle')}>
          {controllers.data.map((c) => (
            <li key={c.subject}>
              <strong>{c.name ?? c.subject}</strong>
              {c.email && ` (${c.email})`} –{' '}
              <span className="muted">{t('control.appointedBy', { name: c.appointedBy.name, date: format.date(c.appointedAt.slice(0, 10)) })}</span>
              {advisor && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ projectId, subject: c.subject }, { onSuccess: () => onMessage(t('control.removedOk', { name: c.name ?? c.subject })) })}
                  >
                    {t('control.remove', { name: c.name ?? c.subject })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ProblemAlert error={remove.error} />
      {advisor &&
        (candidates.data && candidates.data.length === 0 ? (
          <p className="muted">{t('control.noCandidates')}</p>
        ) : (
          <form id={FORM_ID} className="form inline-form" onSubmit={submit} noValidate>
            <ProblemAlert error={appoint.error} />
            <SelectField
              formId={FORM_ID}
              name="subject"
              label={t('control.candidate')}
              value={subject}
              onChange={setSubject}
              emptyLabel={t('control.choose')}
              options={(candidates.data ?? []).map((c) => ({ value: c.subject, label: c.email ? `${c.name ?? c.subject} (${c.email})` : (c.name ?? c.subject) }))}
              required
              error={error}
            />
            <div className="button-row">
              <BusyButton type="submit" busy={appoint.isPending}>
                {t('control.appoint')}
              </BusyButton>
            </div>
          </form>
        ))}
    </section>
  );
}
