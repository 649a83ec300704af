/** An import's refused rows (400 IMPORT-001: errors[] named "rows[i].field"), numbered as people count them. */
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
