/** The workflow steps the user may take now: exactly the report's allowedActions, each opening its dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_ACTIONS, type ReportAction, type ReportView } from '@/lib/api/types';
import { ReportTransitionDialog } from './report-transition-dialog';

export function ReportActions({ report, onDone }: { report: ReportView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReportAction | null>(null);
  const allowed = REPORT_ACTIONS.filter((action) => report.allowedActions.includes(action));
  if (allowed.length === 0) return <p>{t('reports.noActions')}</p>;
  return (
    <>
      <div className="button-row">
        {allowed.map((action) => (
          <button key={action} type="button" className={action === 'RETURN' || action === 'REOPEN' ? 'button button--secondary' : 'button'} onClick={() => setOpen(action)}>
            {t(`reports.action.${action}`)}
          </button>
        ))}
      </div>
      {open && (
        <ReportTransitionDialog
          key={open}
          report={report}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(updated) => {
            setOpen(null);
            onDone(t('reports.transitionDone', { action: t(`reports.action.${open}`), status: t(`reports.status.${updated.status}`) }));
          }}
        />
      )}
    </>
  );
}
