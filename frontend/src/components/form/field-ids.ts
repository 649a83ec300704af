/** Stable ids linking a field to its hint and error message. */
export function fieldIds(formId: string, name: string) {
  const id = `${formId}-${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const value = ids.filter(Boolean).join(' ');
  return value || undefined;
}
