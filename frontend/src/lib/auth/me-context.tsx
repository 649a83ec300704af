/** The signed-in user's profile (`GET /me`), provided by the app shell to every page. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Me } from '@/lib/api/types';
import { permissionsOf, type Permissions } from './roles';

interface MeContextValue {
  me: Me;
  permissions: Permissions;
}

const MeContext = createContext<MeContextValue | undefined>(undefined);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo(() => ({ me, permissions: permissionsOf(me) }), [me]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): MeContextValue {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe must be used inside <MeProvider>');
  return value;
}

export function usePermissions(): Permissions {
  return useMe().permissions;
}
