/** The comment thread, oldest first; advisors may write internal notes, which are marked as such. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/i18n/format';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useAddComment } from '../api/add-comment';
import { useComments } from '../api/get-comments';

const FORM_ID = 'comment-form';

interface ApplicationCommentsProps {
  applicationId: string;
  /** Auditors and admins read only. */
  canWrite: boolean;
  /** Only the International Office (advisors) writes internal notes. */
  canWriteInternal: boolean;
}

export function ApplicationComments({ applicationId, canWrite, canWriteInternal }: ApplicationCommentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const comments = useComments(applicationId);
  const adding = useAddComment();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [message, setMessage] = useState('');
  const { fieldErrors, check } = useFormErrors(adding.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    if (!check(body.trim() ? {} : { body: t('form.requiredError') })) {
      document.getElementById(`${FORM_ID}-body`)?.focus();
      return;
    }
    adding.mutateAsync({ applicationId, body: { body: body.trim(), internal: canWriteInternal && internal } }).then(() => {
      setBody('');
      setInternal(false);
      setMessage(t('applications.commentAdded'));
    }, () => undefined);
  };

  return (
    <>
      {comments.isPending ? (
        <Loading />
      ) : comments.isError ? (
        <ProblemAlert error={comments.error} />
      ) : comments.data.length === 0 ? (
        <p>{t('applications.noComments')}</p>
      ) : (
        <ol className="plain-list comments">
          {comments.data.map((comment) => (
            <li key={comment.id}>
              <p className="muted">
                {comment.internal && <span className="badge badge--warning">{t('applications.internalBadge')}</span>} {comment.author.name || comment.author.subject},{' '}
                <time dateTime={comment.writtenAt}>{format.dateTime(comment.writtenAt)}</time>
              </p>
              <p className="pre-line">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {canWrite && (
        <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
          <ProblemAlert error={adding.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
          <TextAreaField formId={FORM_ID} name="body" label={t('applications.commentBody')} value={body} onChange={setBody} required error={fieldErrors.body} rows={3} />
          {canWriteInternal && <CheckboxField formId={FORM_ID} name="internal" label={t('applications.internal')} checked={internal} onChange={setInternal} error={fieldErrors.internal} />}
          <div className="button-row">
            <BusyButton type="submit" busy={adding.isPending}>
              {t('applications.addComment')}
            </BusyButton>
          </div>
        </form>
      )}
    </>
  );
}
