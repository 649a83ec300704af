/** Downloads the budget (the draft, or a version) as an Excel workbook, with the token in a header. */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useDownloadBudgetXlsx } from '../api/download-budget-xlsx';

interface BudgetExportButtonProps {
  budgetId: string;
  /** 0 for the draft. */
  version: number;
  acronym: string | null | undefined;
}

export function budgetFileName(acronym: string | null | undefined, version: number): string {
  const name = (acronym?.trim() || 'budget').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return `${name}-${version === 0 ? 'draft' : `v${version}`}.xlsx`;
}

export function BudgetExportButton({ budgetId, version, acronym }: BudgetExportButtonProps) {
  const { t } = useTranslation();
  const download = useDownloadBudgetXlsx();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={download.isPending}
        onClick={() => download.mutate({ budgetId, version, fileName: budgetFileName(acronym, version) })}
      >
        {version === 0 ? t('budgets.exportDraft') : t('budgets.exportVersion', { number: version })}
      </button>
      {download.isError && <ProblemAlert error={download.error} />}
    </>
  );
}
