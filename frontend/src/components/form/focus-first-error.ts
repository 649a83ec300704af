/** Moves focus to the first invalid field of a form after a failed submit. */
export function focusFirstError(form: HTMLFormElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
  invalid?.focus();
}
