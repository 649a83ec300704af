/** The units as an id → name map, so the history can name the units that unitId/parentId changes point at (the shared read of GET /units). */
import { useUnitOptions } from '@/lib/api/shared-reads';

export function useUnitNames() {
  const units = useUnitOptions();
  return { ...units, data: units.data && Object.fromEntries(units.data.map((unit) => [unit.id, `${unit.name} (${unit.code})`])) };
}
