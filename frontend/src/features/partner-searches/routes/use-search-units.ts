/** The units a search may be posted for: an applicant's or coordinator's own units, or every unit for advisors and admins. */
import { usePermissions } from '@/lib/auth/me-context';
import { useUnitOptions, type UnitOption } from '@/lib/api/shared-reads';

export function useSearchUnits(): UnitOption[] {
  const { partnerSearchUnitChoices } = usePermissions();
  const all = useUnitOptions();
  return partnerSearchUnitChoices ?? all.data ?? [];
}
