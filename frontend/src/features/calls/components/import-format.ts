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

export interface ImportRowError {
  /** 1-based: the first record of the file (after the CSV header) is row 1. */
  row: number | null;
  field: string;
  message: string;
}

/** "rows[12].deadline" → row 13, field "deadline"; anything else is kept as it came. */
export function importRowErrors(errors: { field: string; message: string }[] | undefined): ImportRowError[] {
  return (errors ?? []).map(({ field, message }) => {
    const match = /^rows\[(\d+)\]\.?(.*)$/.exec(field ?? '');
    return match ? { row: Number(match[1]) + 1, field: match[2], message } : { row: null, field: field ?? '', message };
  });
}
