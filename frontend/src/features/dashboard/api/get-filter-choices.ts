/** The units and programmes as the portfolio filter's choices (a coordinator's own units only), from the shared reads. */
import { useProgrammeOptions, useUnitOptions } from '@/lib/api/shared-reads';

export interface Choice {
  value: string;
  label: string;
}

export function useFilterChoices() {
  const units = useUnitOptions();
  const programmes = useProgrammeOptions();
  const data =
    units.data && programmes.data
      ? {
          units: units.data.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` })),
          programmes: programmes.data.map((programme) => ({ value: programme.id, label: `${programme.name} (${programme.code})` })),
        }
      : undefined;
  return { data, isPending: units.isPending || programmes.isPending, isError: units.isError || programmes.isError, error: units.error ?? programmes.error };
}
