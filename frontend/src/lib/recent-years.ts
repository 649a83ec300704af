/** The current year and the ones before it, newest first: choices for year filters. */
export function recentYears(count = 6, now: Date = new Date()): number[] {
  const year = now.getFullYear();
  return Array.from({ length: count }, (_, index) => year - index);
}
