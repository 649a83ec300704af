/**
 * An advisor's decision on the budget's open change request: approve or reject, once, with a comment the
 * unit reads. A refusal (BUDGET-018 above the grant, BUDGET-019 closed project, BUDGET-021 decided
 * meanwhile, 412 stale) is shown as the server words it; the list is read again either way.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/form/text-area-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { BudgetVersionView, RevisionOutcome } from '@/lib/api/types';
import { useDecideRevision } from '../api/decide-budget-revision';

interface RevisionDecisionProps {
  budgetId: string;
  /** The REVISED version whose request is PROPOSED. */
  version: BudgetVersionView & { request: NonNullable<BudgetVersionView['request']> };
  /** With the decided version, once the server recorded the decision. */
  onDecided: (decided: BudgetVersionView) => void;
}

export function RevisionDecision({ budgetId, version, onDecided }: RevisionDecisionProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const decide = useDecideRevision();
  const formId = `decide-${version.number}`;

  function submit(outcome: RevisionOutcome) {
    if (!comment.trim()) return;
    decide.mutate(
      { budgetId, number: version.number, version: version.request.version, outcome, comment: comment.trim() },
      { onSuccess: onDecided },
    );
  }

  return (
    <form
      className="form"
      aria-label={t('budgets.decisionTitle', { number: version.number })}
      onSubmit={(event) => {
        event.preventDefault();
        submit('APPROVED');
      }}
    >
      <h3>{t('budgets.decisionTitle', { number: version.number })}</h3>
      {decide.isError && <ProblemAlert error={decide.error} />}
      <TextAreaField formId={formId} name="comment" label={t('budgets.decisionComment')} value={comment} onChange={setComment} rows={3} maxLength={4000} required />
      <div className="form__actions">
        <button type="submit" className="button" disabled={decide.isPending || !comment.trim()}>
          {t('budgets.approve')}
        </button>
        <button type="button" className="button button--secondary" disabled={decide.isPending || !comment.trim()} onClick={() => submit('REJECTED')}>
          {t('budgets.reject')}
        </button>
      </div>
    </form>
  );
}
