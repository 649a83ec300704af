/** Which of the two import formats a file is: by its name first, else by its first characters. */
import type { ImportFormat } from '../api/import-calls';

export function detectImportFormat(fileName: string, text: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  const header = start.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?programmeCode"?\s*[,;]/i.test(header)) return 'csv';
  return null;
}
