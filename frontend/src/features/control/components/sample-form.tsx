/** Draws lines into the control's sample: at random by a seed (recorded), the largest, a category, a supplier, or the lines ticked. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import type { ControlDrawRequest, ControlView, CostCategory, ReportView, SampleMethod } from '@/lib/api/types';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useDraw } from '../api/control';

const FORM_ID = 'sample-form';
const METHODS: SampleMethod[] = ['RANDOM', 'LARGEST', 'CATEGORY', 'SUPPLIER', 'MANUAL'];

export function SampleForm({ report, control, chosen, onDrawn }: { report: ReportView; control: ControlView; chosen: string[]; onDrawn: (count: number) => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<SampleMethod>('RANDOM');
  const [size, setSize] = useState('');
  const [seed, setSeed] = useState('');
  const [category, setCategory] = useState('');
  const [supplier, setSupplier] = useState('');
  const draw = useDraw();
  const { fieldErrors, check } = useFormErrors(draw.error);
  const categories = [...new Set(control.lines.filter((l) => !l.carried).map((l) => l.category))];
  const suppliers = [...new Set(control.lines.filter((l) => !l.carried).map((l) => l.supplier))].sort();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const needsSize = method === 'RANDOM' || method === 'LARGEST';
    if (needsSize && !/^\d+$/.test(size.trim())) errors.size = t('form.requiredError');
    if (method === 'RANDOM' && seed.trim() && !/^\d+$/.test(seed.trim())) errors.seed = t('reports.notANumber');
    if (method === 'CATEGORY' && !category) errors.category = t('form.requiredError');
    if (method === 'SUPPLIER' && !supplier) errors.supplier = t('form.requiredError');
    if (method === 'MANUAL' && chosen.length === 0) errors.expenditureIds = t('form.requiredError');
    if (!check(errors)) return;
    const body: ControlDrawRequest = { method };
    if (needsSize) body.size = Number(size);
    if (method === 'RANDOM' && seed.trim()) body.seed = Number(seed);
    if (method === 'CATEGORY') body.category = category as CostCategory;
    if (method === 'SUPPLIER') body.supplier = supplier;
    if (method === 'MANUAL') body.expenditureIds = chosen;
    draw.mutate(
      { reportId: report.id, version: control.version, body },
      {
        onSuccess: (view) => {
          const added = view.draws[view.draws.length - 1]?.linesAdded ?? 0;
          setSeed('');
          onDrawn(added);
        },
      },
    );
  };
  const problem = isApiError(draw.error) ? draw.error.problem : undefined;

  return (
    <form id={FORM_ID} className="form inline-form" onSubmit={submit} noValidate>
      <ProblemAlert
        error={alertError(draw.error)}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, ['size', 'seed', 'category', 'supplier', 'expenditureIds'])}
      />
      <SelectField
        formId={FORM_ID}
        name="method"
        label={t('control.method')}
        value={method}
        onChange={(value) => setMethod(value as SampleMethod)}
        options={METHODS.map((m) => ({ value: m, label: t(`control.methods.${m}`) }))}
      />
      {(method === 'RANDOM' || method === 'LARGEST') && (
        <TextField formId={FORM_ID} name="size" label={t('control.size')} inputMode="numeric" value={size} onChange={setSize} required error={fieldErrors.size} />
      )}
      {method === 'RANDOM' && (
        <TextField formId={FORM_ID} name="seed" label={t('control.seed')} hint={t('control.seedHint')} inputMode="numeric" value={seed} onChange={setSeed} error={fieldErrors.seed} />
      )}
      {method === 'CATEGORY' && (
        <SelectField
          formId={FORM_ID}
          name="category"
          label={t('control.category')}
          value={category}
          onChange={setCategory}
          emptyLabel={t('control.choose')}
          options={categories.map((c) => ({ value: c, label: t(`costCategory.${c}`) }))}
          required
          error={fieldErrors.category}
        />
      )}
      {method === 'SUPPLIER' && (
        <SelectField
          formId={FORM_ID}
          name="supplier"
          label={t('control.supplier')}
          value={supplier}
          onChange={setSupplier}
          emptyLabel={t('control.choose')}
          options={suppliers.map((s) => ({ value: s, label: s }))}
          required
          error={fieldErrors.supplier}
        />
      )}
      {method === 'MANUAL' && <p className={fieldErrors.expenditureIds ? 'field__error' : 'muted'}>{t('control.chooseLines')}: {chosen.length}</p>}
      <div className="button-row">
        <BusyButton type="submit" busy={draw.isPending}>
          {t('control.draw')}
        </BusyButton>
      </div>
    </form>
  );
}
