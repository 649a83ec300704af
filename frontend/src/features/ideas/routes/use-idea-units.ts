/** The units an idea may be recorded for: an applicant's or coordinator's own units, or every unit. */
import { usePermissions } from '@/lib/auth/me-context';
import { useUnitOptions, type UnitOption } from '@/lib/api/shared-reads';

export function useIdeaUnits(): { units: UnitOption[]; loading: boolean } {
  const { ideaUnitChoices } = usePermissions();
  const all = useUnitOptions();
  if (ideaUnitChoices) return { units: ideaUnitChoices, loading: false };
  return { units: all.data ?? [], loading: all.isPending };
}
