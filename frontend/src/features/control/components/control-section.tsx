/**
 * The control of a payment claim on its report page: the overview as Jems shows it, the sample, a decision per
 * sampled line, the requests for clarification (the unit answers them here), findings and conclusion, the
 * signed certificate, and closing/reopening. Control work is the appointed controller's or an advisor's; the
 * unit reads it and answers; an auditor reads it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '@/components/busy-button';
import { ProblemAlert } from '@/components/problem-alert';
import { Loading } from '@/components/loading';
import type { ControlView, ReportView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useFormat } from '@/lib/i18n/format';
import { useControl, useStartControl } from '../api/control';
import { ControlOverview } from './control-overview';
import { SampleForm } from './sample-form';
import { ControlLines } from './control-lines';
import { Clarifications } from './clarifications';
import { ControlTexts } from './control-texts';
import { CertificatePanel } from './certificate-panel';
import { ControlSteps } from './control-steps';

export function ControlSection({ report, onMessage }: { report: ReportView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const control = useControl(report.id);
  const start = useStartControl();
  // Who may start it: an advisor, or a controller (the server checks the appointment).
  const mayStart = report.status === 'SUBMITTED' && permissions.canStartControls;

  return (
    <section id="control" tabIndex={-1} className="section" aria-labelledby="control-title">
      <h2 id="control-title">{t('control.title')}</h2>
      {control.isPending ? (
        <Loading />
      ) : control.isError ? (
        <ProblemAlert error={control.error} />
      ) : control.data === null ? (
        <>
          <p className="muted">{report.status === 'DRAFT' || report.status === 'RETURNED' ? t('control.notYet') : t('control.none')}</p>
          <ProblemAlert error={start.error} />
          {mayStart && (
            <div className="button-row">
              <BusyButton busy={start.isPending} onClick={() => start.mutate({ reportId: report.id }, { onSuccess: () => onMessage(t('control.started')) })}>
                {t('control.start')}
              </BusyButton>
            </div>
          )}
        </>
      ) : (
        <ControlBody report={report} control={control.data} onMessage={onMessage} />
      )}
    </section>
  );
}

function ControlBody({ report, control, onMessage }: { report: ReportView; control: ControlView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <dl className="details">
        <dt>{t('control.statusLabel')}</dt>
        <dd>
          <span data-testid="control-status" className={control.status === 'CLOSED' ? 'badge' : 'badge badge--warning'}>
            {t(`control.status.${control.status}`)}
          </span>
        </dd>
        <dt>{t('control.events.START')}</dt>
        <dd>{t('control.startedBy', { name: control.startedBy.name, date: format.dateTime(control.startedAt) })}</dd>
        {control.closedBy && (
          <>
            <dt>{t('control.events.CLOSE')}</dt>
            <dd>{t('control.closedBy', { name: control.closedBy.name, date: format.dateTime(control.closedAt) })}</dd>
          </>
        )}
      </dl>
      {control.reopenReason && <p>{t('control.reopenedBecause', { reason: control.reopenReason })}</p>}
      {control.status === 'RUNNING' && <p className="muted">{t('control.locked')}</p>}
      {control.finalReport && <p className="muted">{t('control.finalClaim')}</p>}

      <ControlOverview control={control} />

      <h3 id="sample-title">{t('control.sampleTitle')}</h3>
      {control.draws.length > 0 && (
        <ul>
          {control.draws.map((draw, index) => (
            <li key={index}>
              {t('control.drawEntry', {
                method:
                  draw.seed !== null
                    ? t('control.drawSeed', { seed: draw.seed })
                    : draw.criterion
                      ? t('control.drawCriterion', {
                          method: t(`control.methods.${draw.method}`),
                          criterion: draw.method === 'CATEGORY' ? t(`costCategory.${draw.criterion}`) : draw.criterion,
                        })
                      : t(`control.methods.${draw.method}`),
                name: draw.by.name,
                date: format.dateTime(draw.at),
                count: draw.linesAdded,
              })}
            </li>
          ))}
        </ul>
      )}
      {control.mayWork && <SampleForm report={report} control={control} chosen={chosen} onDrawn={(count) => { setChosen([]); onMessage(t('control.drawn', { count })); }} />}

      <h3 id="control-lines-title">{t('control.linesTitle')}</h3>
      <ControlLines report={report} control={control} chosen={chosen} onChoose={setChosen} onMessage={onMessage} />

      <h3 id="clarifications-title" tabIndex={-1}>{t('control.clarificationsTitle')}</h3>
      <Clarifications report={report} control={control} onMessage={onMessage} />

      <h3 id="control-texts-title">{t('control.textsTitle')}</h3>
      <ControlTexts report={report} control={control} onMessage={onMessage} />

      <h3 id="certificate-title">{t('control.certificateTitle')}</h3>
      <CertificatePanel report={report} control={control} onMessage={onMessage} />

      <h3 id="control-steps-title">{t('control.eventsTitle')}</h3>
      <ControlSteps report={report} control={control} onMessage={onMessage} />
    </>
  );
}
