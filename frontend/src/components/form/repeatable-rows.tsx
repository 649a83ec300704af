/**
 * The one editor of repeated rows (work packages, contact persons, indicators, members): a group
 * per row with its own remove button, an add button, and the focus moved where the user goes on:
 * after adding to the new row's first field, after removing to the add button.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export type RowChange<R> = (field: keyof R & string) => (text: string) => void;

interface RepeatableRowsProps<R> {
  value: R[];
  onChange: (value: R[]) => void;
  empty: () => R;
  /** The id of a row's first field, focused after the row is added. */
  firstFieldId: (index: number) => string;
  legend: string;
  /** The row's legend; `number` counts from 1. */
  rowLegend: (row: R, number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  /** Shown under the legend, e.g. a hint or "none yet". */
  intro?: ReactNode;
  id?: string;
  describedBy?: string;
  /** Buttons in a button row (the add button always unless false; the remove button when true). */
  addInRow?: boolean;
  removeInRow?: boolean;
  children: (row: R, index: number, change: RowChange<R>) => ReactNode;
}

export function RepeatableRows<R>(props: RepeatableRowsProps<R>) {
  const { value, onChange, empty, firstFieldId, legend, rowLegend, removeLabel, addLabel, intro, id, describedBy, addInRow = true, removeInRow = false, children } =
    props;
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  const focusId = focusTarget === null || focusTarget === 'add' ? null : firstFieldId(focusTarget);
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else if (focusId) document.getElementById(focusId)?.focus();
    setFocusTarget(null);
  }, [focusTarget, focusId]);

  const change = (index: number) => (field: keyof R & string) => (text: string) =>
    onChange(value.map((item, at) => (at === index ? { ...item, [field]: text } : item)));
  const add = () => {
    onChange([...value, empty()]);
    setFocusTarget(value.length);
  };
  const remove = (index: number) => {
    onChange(value.filter((_item, at) => at !== index));
    setFocusTarget('add');
  };
  const addButton = (
    <button ref={addRef} type="button" className="button button--secondary" onClick={add}>
      {addLabel}
    </button>
  );

  return (
    <fieldset id={id} className="field-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {intro}
      {value.map((row, index) => {
        const removeButton = (
          <button type="button" className="button button--secondary" onClick={() => remove(index)}>
            {removeLabel(index + 1)}
          </button>
        );
        return (
          // Rows have no identity of their own; their place in the list is what the server names too.
          <fieldset key={index} className="field-group">
            <legend>{rowLegend(row, index + 1)}</legend>
            {children(row, index, change(index))}
            {removeInRow ? <div className="button-row">{removeButton}</div> : removeButton}
          </fieldset>
        );
      })}
      {addInRow ? <div className="button-row">{addButton}</div> : addButton}
    </fieldset>
  );
}
