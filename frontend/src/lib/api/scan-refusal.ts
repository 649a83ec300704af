/**
 * An upload refused by the virus scan: 422 UPLOAD-001 (the file contains malware; nothing stored) or
 * 503 UPLOAD-002 (the scan cannot be reached; try again). Upload forms say it at the file field.
 */
import type { TFunction } from 'i18next';
import { isApiError } from './problem';

const SCAN_CODES = ['UPLOAD-001', 'UPLOAD-002'];

export function scanRefusalMessage(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error) || !SCAN_CODES.includes(error.problem.code ?? '')) return undefined;
  return t(`errors.code.${error.problem.code}`);
}
