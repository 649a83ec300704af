/** /eu-decisions/new and /eu-decisions/:id/edit (advisors, admins): the decision, its units and the actions decided. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import {
  ACTION_STATUSES,
  DECISION_STATUSES,
  MAIN_TASKS,
  useDecision,
  useSaveDecision,
  type ActionStatus,
  type DecisionStatus,
  type EuDecisionView,
  type MainTask,
} from '../api/decisions';

const FORM_ID = 'decision-form';

interface ActionValues {
  what: string;
  who: string;
  due: string;
  status: ActionStatus;
}

interface Values {
  title: string;
  actReference: string;
  decidedOn: string;
  mainTask: string;
  unitIds: string[];
  impactAssessment: string;
  actions: ActionValues[];
  status: DecisionStatus;
}

function valuesOf(decision?: EuDecisionView): Values {
  return {
    title: decision?.title ?? '',
    actReference: decision?.actReference ?? '',
    decidedOn: decision?.decidedOn ?? '',
    mainTask: decision?.mainTask ?? '',
    unitIds: decision?.units.map((unit) => unit.id) ?? [],
    impactAssessment: decision?.impactAssessment ?? '',
    actions: decision?.actions.map((a) => ({ what: a.what, who: a.who, due: a.due ?? '', status: a.status })) ?? [],
    status: decision?.status ?? 'REGISTERED',
  };
}

export function EuDecisionFormRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const existing = useDecision(id);
  const units = useUnitOptions();
  const saving = useSaveDecision();
  const { fieldErrors, check } = useFormErrors(saving.error);
  const [values, setValues] = useState<Values>(() => valuesOf());
  const loaded = existing.data;
  useEffect(() => {
    if (loaded) setValues(valuesOf(loaded));
  }, [loaded]);
  if (id && existing.isPending) return <Loading />;
  if (id && existing.isError) return <ProblemAlert error={existing.error} />;

  const set = (key: keyof Values) => (value: unknown) => setValues({ ...values, [key]: value });
  const setAction = (index: number, change: Partial<ActionValues>) =>
    setValues({ ...values, actions: values.actions.map((a, i) => (i === index ? { ...a, ...change } : a)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    for (const key of ['title', 'actReference', 'decidedOn', 'mainTask'] as const) {
      if (!values[key].trim()) required[key] = t('form.requiredError');
    }
    if (!check(required)) return;
    saving.mutate(
      {
        id: id || undefined,
        version: loaded?.version,
        body: {
          title: values.title.trim(),
          actReference: values.actReference.trim(),
          decidedOn: values.decidedOn,
          mainTask: values.mainTask as MainTask,
          unitIds: values.unitIds,
          impactAssessment: values.impactAssessment.trim() || undefined,
          actions: values.actions.map((a) => ({ what: a.what.trim(), who: a.who.trim(), due: a.due || undefined, status: a.status })),
          status: values.status,
        },
      },
      {
        onSuccess: (saved) =>
          navigate(`/eu-decisions/${saved.id}`, { state: { notice: t('euDecisions.saved', { title: saved.title }) } }),
      },
    );
  };
  return (
    <>
      <PageHeader title={id ? t('euDecisions.edit') : t('euDecisions.create')} />
      <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
        <ProblemAlert error={saving.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
        <TextField formId={FORM_ID} name="title" label={t('euDecisions.titleField')} value={values.title} onChange={set('title')} required maxLength={300} error={fieldErrors.title} autoComplete="off" />
        <TextField
          formId={FORM_ID}
          name="actReference"
          label={t('euDecisions.actReference')}
          hint={t('euDecisions.actReferenceHint')}
          value={values.actReference}
          onChange={set('actReference')}
          required
          maxLength={500}
          error={fieldErrors.actReference}
          autoComplete="off"
        />
        <TextField formId={FORM_ID} name="decidedOn" type="date" label={t('euDecisions.decidedOn')} value={values.decidedOn} onChange={set('decidedOn')} required error={fieldErrors.decidedOn} />
        <SelectField
          formId={FORM_ID}
          name="mainTask"
          label={t('euDecisions.mainTask')}
          value={values.mainTask}
          onChange={set('mainTask')}
          required
          emptyLabel={t('form.choose')}
          error={fieldErrors.mainTask}
          options={MAIN_TASKS.map((task) => ({ value: task, label: t(`mainTask.${task}`) }))}
        />
        <CheckboxGroup
          formId={FORM_ID}
          name="unitIds"
          legend={t('euDecisions.units')}
          value={values.unitIds}
          onChange={set('unitIds')}
          error={fieldErrors.unitIds}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        />
        <TextAreaField formId={FORM_ID} name="impactAssessment" label={t('euDecisions.impactAssessment')} value={values.impactAssessment} onChange={set('impactAssessment')} maxLength={10000} error={fieldErrors.impactAssessment} />
        <fieldset className="field">
          <legend>{t('euDecisions.actions')}</legend>
          {values.actions.map((action, index) => (
            <fieldset key={index} className="field">
              <legend>{t('euDecisions.action', { number: index + 1 })}</legend>
              <TextField formId={FORM_ID} name={`actions.${index}.what`} label={t('euDecisions.actionWhat')} value={action.what} onChange={(what) => setAction(index, { what })} required maxLength={500} error={fieldErrors[`actions[${index}].what`]} />
              <TextField formId={FORM_ID} name={`actions.${index}.who`} label={t('euDecisions.actionWho')} value={action.who} onChange={(who) => setAction(index, { who })} required maxLength={200} error={fieldErrors[`actions[${index}].who`]} />
              <TextField formId={FORM_ID} name={`actions.${index}.due`} type="date" label={t('euDecisions.actionDue')} value={action.due} onChange={(due) => setAction(index, { due })} />
              <SelectField
                formId={FORM_ID}
                name={`actions.${index}.status`}
                label={t('euDecisions.actionStatus')}
                value={action.status}
                onChange={(status) => setAction(index, { status: status as ActionStatus })}
                options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
              />
              <button type="button" className="button button--secondary" onClick={() => set('actions')(values.actions.filter((_, i) => i !== index))}>
                {t('euDecisions.removeAction', { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--secondary" onClick={() => set('actions')([...values.actions, { what: '', who: '', due: '', status: 'PLANNED' }])}>
            {t('euDecisions.addAction')}
          </button>
        </fieldset>
        <SelectField
          formId={FORM_ID}
          name="status"
          label={t('euDecisions.status')}
          value={values.status}
          onChange={set('status')}
          options={DECISION_STATUSES.map((status) => ({ value: status, label: t(`decisionStatus.${status}`) }))}
        />
        <div className="button-row">
          <BusyButton type="submit" busy={saving.isPending}>
            {t('euDecisions.save')}
          </BusyButton>
          <button type="button" className="button button--secondary" onClick={() => navigate(id ? `/eu-decisions/${id}` : '/eu-decisions')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
