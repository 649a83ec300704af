/** Lists typed as text: one item per line or separated by commas or semicolons; blanks and repeats dropped. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\n,;]/).map((item) => item.trim()).filter(Boolean))];
}

/** A list as the text field shows it. */
export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
