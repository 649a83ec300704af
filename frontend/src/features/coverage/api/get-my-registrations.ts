/**
 * GET /contact-persons?role=INTERNATIONAL_COORDINATOR&active=true per own unit: the units whose register
 * does not name the logged-in coordinator (matched by e-mail, else by name) as their coordinator.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { ContactPersonView, Me, Page } from '@/lib/api/types';

type MyUnit = Me['units'][number];

export function isRegistered(me: Pick<Me, 'email' | 'name'>, contacts: Pick<ContactPersonView, 'email' | 'name'>[]) {
  const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
  return contacts.some((contact) => same(contact.email, me.email) || same(contact.name, me.name));
}

export function useUnitsMissingMe(me: Me, enabled: boolean) {
  return useQuery({
    queryKey: ['contacts', 'coordinator-registration', me.subject],
    enabled,
    queryFn: async (): Promise<MyUnit[]> => {
      const missing: MyUnit[] = [];
      for (const unit of me.units) {
        const page = await unwrapAs<Page<ContactPersonView>>(
          api.GET('/api/v1/contact-persons', { params: { query: { unitId: unit.id, role: 'INTERNATIONAL_COORDINATOR', active: true, size: 200 } } }),
        );
        if (!isRegistered(me, page.items)) missing.push(unit);
      }
      return missing;
    },
  });
}
