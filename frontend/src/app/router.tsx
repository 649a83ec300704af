/** All routes; pages a role may not use are guarded here (the server decides anyway). */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ContactCreateRoute } from '@/features/contacts/routes/contact-create-route';
import { ContactDetailRoute } from '@/features/contacts/routes/contact-detail-route';
import { ContactEditRoute } from '@/features/contacts/routes/contact-edit-route';
import { ContactsListRoute } from '@/features/contacts/routes/contacts-list-route';
import { CoverageRoute } from '@/features/coverage/routes/coverage-route';
import { UnitCreateRoute } from '@/features/units/routes/unit-create-route';
import { UnitEditRoute } from '@/features/units/routes/unit-edit-route';
import { UnitsListRoute } from '@/features/units/routes/units-list-route';
import { ContactHistoryRoute } from './routes/contact-history-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RequirePermission } from './routes/require-permission';
import { RouteError } from './routes/route-error';
import { Shell } from './routes/shell';
import { UnitDetailRoute } from './routes/unit-detail-route';
import { UnitHistoryRoute } from './routes/unit-history-route';

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'units', element: <UnitsListRoute /> },
      { path: 'units/new', element: <RequirePermission permission="canWriteUnits"><UnitCreateRoute /></RequirePermission> },
      { path: 'units/:id', element: <UnitDetailRoute /> },
      { path: 'units/:id/edit', element: <RequirePermission permission="canWriteUnits"><UnitEditRoute /></RequirePermission> },
      { path: 'units/:id/history', element: <RequirePermission permission="canSeeHistory"><UnitHistoryRoute /></RequirePermission> },
      { path: 'contacts', element: <ContactsListRoute /> },
      { path: 'contacts/new', element: <RequirePermission permission="canWriteContacts"><ContactCreateRoute /></RequirePermission> },
      { path: 'contacts/:id', element: <ContactDetailRoute /> },
      { path: 'contacts/:id/edit', element: <RequirePermission permission="canWriteContacts"><ContactEditRoute /></RequirePermission> },
      { path: 'contacts/:id/history', element: <RequirePermission permission="canSeeHistory"><ContactHistoryRoute /></RequirePermission> },
      { path: 'coverage', element: <RequirePermission permission="canSeeCoverage"><CoverageRoute /></RequirePermission> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
