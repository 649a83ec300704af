/**
 * The one way a call is chosen: type part of its identifier, title or topic, the server finds it among
 * all calls (open and forthcoming unless closed ones are asked for), nearest deadline first, a page at a
 * time. Single or multiple choice; the chosen calls stay shown, each with an optional warning.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import type { CallStatus, CallView } from '@/lib/api/types';
import { CallOption } from './call-option';
import { useCallSearch, useChosenCalls } from './search-calls';

const ALL_STATUSES: CallStatus[] = ['OPEN', 'FORTHCOMING', 'CLOSED'];
const TYPING_PAUSE_MS = 250;

export interface CallPickerProps {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  multiple?: boolean;
  /** Chosen call ids; at most one unless multiple. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** Offer the calls of these programmes first (a box widens the search to every programme). */
  programmeIds?: string[];
  /** Start with closed calls included, e.g. in a filter of past applications. */
  includeClosed?: boolean;
  /** A warning shown beside a chosen call, e.g. a call of a programme not chosen. */
  warningFor?: (call: CallView) => string | null;
}

export function CallPicker(props: CallPickerProps) {
  const { formId, name, label, hint, error, multiple = false, value, onChange, programmeIds = [], warningFor } = props;
  const { t } = useTranslation();
  const { id, hintId, errorId } = fieldIds(formId, name);
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [includeClosed, setIncludeClosed] = useState(props.includeClosed ?? false);
  const [allProgrammes, setAllProgrammes] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const narrowed = programmeIds.length > 0 && !allProgrammes;
  const search = useCallSearch({ q, programmeIds: narrowed ? programmeIds : [], statuses: includeClosed ? ALL_STATUSES : [] });
  const chosen = useChosenCalls(value);
  const found = search.data?.pages.flatMap((page) => page.items) ?? [];
  const total = search.data?.pages[0]?.total ?? 0;

  const toggle = (call: CallView) => {
    const isChosen = value.includes(call.id);
    if (multiple) onChange(isChosen ? value.filter((item) => item !== call.id) : [...value, call.id]);
    else onChange(isChosen ? [] : [call.id]);
  };
  const onOptionKey = (call: CallView) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(call);
    }
  };

  return (
    <fieldset className={error ? 'field-group call-picker field--invalid' : 'field-group call-picker'} aria-describedby={describedBy(hint && hintId, error && errorId)}>
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {value.length > 0 && (
        <ul className="call-picker__chosen" aria-label={t('callPicker.chosen')}>
          {chosen.map((result, index) => {
            const call = result.data;
            const warning = call && warningFor ? warningFor(call) : null;
            return (
              <li key={value[index]}>
                {call ? <CallOption call={call} /> : <span className="muted">{value[index]}</span>}
                {warning && (
                  <p className="call-picker__warning" role="alert">
                    {warning}
                  </p>
                )}
                <button type="button" className="button button--secondary button--small" onClick={() => onChange(value.filter((item) => item !== value[index]))}>
                  {t('callPicker.remove', { identifier: call?.identifier ?? '' })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field">
        <label htmlFor={id}>{t('callPicker.search')}</label>
        <input
          id={id}
          name={name}
          type="search"
          autoComplete="off"
          value={typed}
          aria-controls={listId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <div className="call-picker__options-row">
        {programmeIds.length > 0 && (
          <label className="checkbox">
            <input type="checkbox" checked={allProgrammes} onChange={(event) => setAllProgrammes(event.target.checked)} /> {t('callPicker.allProgrammes')}
          </label>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={includeClosed} onChange={(event) => setIncludeClosed(event.target.checked)} /> {t('callPicker.includeClosed')}
        </label>
      </div>
      <p role="status" className="muted">
        {search.isPending ? t('callPicker.searching') : t('callPicker.shown', { count: total, shown: found.length })}
      </p>
      <ul id={listId} role="listbox" aria-label={t('callPicker.results')} aria-multiselectable={multiple || undefined} className="call-picker__options" aria-busy={search.isPending || undefined}>
        {found.map((call) => (
          <li key={call.id} role="option" aria-selected={value.includes(call.id)} tabIndex={0} onClick={() => toggle(call)} onKeyDown={onOptionKey(call)}>
            <CallOption call={call} />
          </li>
        ))}
      </ul>
      {search.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => search.fetchNextPage()} disabled={search.isFetchingNextPage}>
          {t('callPicker.more')}
        </button>
      )}
    </fieldset>
  );
}
