/**
 * "Påminnelser": per reminder kind a choice of off, a daily digest e-mail, or at once (in the portal and by e-mail);
 * per kind of workflow notice (to whoever acts next) whether it is e-mailed as well as shown here.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { Delivery, NotificationKind, PreferenceView } from '@/lib/api/types';
import { usePreferences } from '../api/get-preferences';
import { useSavePreferences } from '../api/save-preferences';

const DELIVERIES: Delivery[] = ['OFF', 'DIGEST', 'IMMEDIATE'];
/** A workflow step's notice to whoever acts next is always in the portal; the choice is whether it is e-mailed too. */
const STEP_KINDS = new Set<NotificationKind>([
  'APPLICATION_APPROVED',
  'REPORT_SUBMITTED',
  'RETURNED',
  'EVENT_INVITATION',
  'EVENT_REMINDER',
  'EVENT_SEAT',
  'BUDGET_REVISION_PROPOSED',
  'BUDGET_REVISION_DECIDED',
]);
const STEP_DELIVERIES: Delivery[] = ['OFF', 'IMMEDIATE'];

export function ReminderPreferences() {
  const { t } = useTranslation();
  const headingId = useId();
  const preferences = usePreferences();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminderPreferences.title')}</h2>
      <p>{t('reminderPreferences.intro')}</p>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <ProblemAlert error={preferences.error} />
      ) : (
        <PreferencesForm initial={preferences.data} />
      )}
    </section>
  );
}

function PreferencesForm({ initial }: { initial: PreferenceView[] }) {
  const { t } = useTranslation();
  const formId = useId();
  const saving = useSavePreferences();
  const [choices, setChoices] = useState<PreferenceView[]>(initial);
  const [message, setMessage] = useState('');

  const choose = (kind: NotificationKind, delivery: Delivery) => {
    setMessage('');
    setChoices((current) => current.map((choice) => (choice.kind === kind ? { kind, delivery } : choice)));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    const saved = await saving.mutateAsync(choices).catch(() => null);
    if (saved) {
      setChoices(saved);
      setMessage(t('reminderPreferences.saved'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {choices.map((choice) => (
        <fieldset key={choice.kind} className="field-group">
          <legend>{t(`reminderPreferences.kind.${choice.kind}`)}</legend>
          {(STEP_KINDS.has(choice.kind) ? STEP_DELIVERIES : DELIVERIES).map((delivery) => {
            const id = `${formId}-${choice.kind}-${delivery}`;
            const step = STEP_KINDS.has(choice.kind);
            return (
              <div className="checkbox" key={delivery}>
                <input
                  type="radio"
                  id={id}
                  name={`${formId}-${choice.kind}`}
                  value={delivery}
                  checked={choice.delivery === delivery}
                  onChange={() => choose(choice.kind, delivery)}
                  aria-describedby={step ? undefined : `${id}-hint`}
                />
                <label htmlFor={id}>{t(step ? `reminderPreferences.stepDelivery.${delivery}` : `reminderPreferences.delivery.${delivery}`)}</label>
                {!step && (
                  <span id={`${id}-hint`} className="field__hint">
                    {t(`reminderPreferences.deliveryHint.${delivery}`)}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <ProblemAlert error={saving.error} />
      <div role="status">{message && <p className="alert alert--success">{message}</p>}</div>
      <button type="submit" className="button" disabled={saving.isPending}>
        {t('reminderPreferences.save')}
      </button>
    </form>
  );
}
