/** Closes a project idea; an unscreened idea cannot be closed (409 IDEA-001), which points to the screening form. */
import { useTranslation } from 'react-i18next';
import { BusyButton } from '@/components/busy-button';
import { ProblemAlert } from '@/components/problem-alert';
import type { IdeaView } from '@/lib/api/types';
import { isNotScreened, useCloseIdea } from '../api/close-idea';

export function CloseIdeaButton({ idea, onClosed, screeningAnchor }: { idea: IdeaView; onClosed: () => void; screeningAnchor: string }) {
  const { t } = useTranslation();
  const closing = useCloseIdea();
  // Awaited rather than a per-call onSuccess: closing changes the idea, which unmounts this button first.
  const close = () => closing.mutateAsync({ id: idea.id, version: idea.version }).then(onClosed, () => undefined);
  return (
    <>
      <BusyButton className="button button--secondary" busy={closing.isPending} onClick={() => void close()}>
        {t('ideas.close')}
      </BusyButton>
      {isNotScreened(closing.error) ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('ideas.notScreenedTitle')}</p>
          <p>
            {t('ideas.notScreened')} <a href={`#${screeningAnchor}`}>{t('ideas.toScreening')}</a>
          </p>
        </div>
      ) : (
        <ProblemAlert error={closing.error} />
      )}
    </>
  );
}
