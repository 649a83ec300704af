/** "1 234,5" → 1234.5 (spaces and a decimal comma as typed in Swedish); blank → NaN. */
export function parseNumber(value: string): number {
  const cleaned = value.replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}
