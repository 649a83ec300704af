/** One call as a picker shows it: identifier and title, then programme, status and deadline(s). */
import { useTranslation } from 'react-i18next';
import { callOptionTexts, type OptionCall } from './call-option-texts';

export function CallOption({ call }: { call: OptionCall }) {
  const { t, i18n } = useTranslation();
  const texts = callOptionTexts(call, t, i18n.resolvedLanguage ?? 'sv');
  return (
    <span className="call-option">
      <strong className="call-option__heading">{texts.heading}</strong>
      <span className="call-option__meta">
        {texts.programme} · <span className="badge">{texts.status}</span> · <time dateTime={call.closesAt}>{texts.deadline}</time>
        {texts.swedishDeadline && <span className="muted"> {texts.swedishDeadline}</span>}
      </span>
    </span>
  );
}
