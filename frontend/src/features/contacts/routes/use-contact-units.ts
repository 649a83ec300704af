/** The units a contact may be placed in: a coordinator's own units, or every unit. */
import { usePermissions } from '@/lib/auth/me-context';
import { useUnitOptions, type UnitOption } from '@/lib/api/shared-reads';

export function useContactUnits(): { units: UnitOption[]; loading: boolean } {
  const { contactUnitChoices } = usePermissions();
  const all = useUnitOptions();
  if (contactUnitChoices) return { units: contactUnitChoices, loading: false };
  return { units: all.data ?? [], loading: all.isPending };
}
