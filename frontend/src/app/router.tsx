/** All routes; pages a role may not use are guarded here (the server decides anyway). */
import { CallWatchRoute } from '@/features/call-watches/routes/call-watch-route';
import { CallWatchesRoute } from '@/features/call-watches/routes/call-watches-route';
import { EuDecisionFormRoute } from '@/features/eu-decisions/routes/eu-decision-form-route';
import { EuDecisionRoute } from '@/features/eu-decisions/routes/eu-decision-route';
import { EuDecisionsRoute } from '@/features/eu-decisions/routes/eu-decisions-route';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '@/components/loading';
import { ApplicationCreateRoute } from '@/features/applications/routes/application-create-route';
import { ApplicationDetailRoute } from '@/features/applications/routes/application-detail-route';
import { ApplicationEditRoute } from '@/features/applications/routes/application-edit-route';
import { ApplicationSubmittedRoute } from '@/features/applications/routes/application-submitted-route';
import { ApplicationsListRoute } from '@/features/applications/routes/applications-list-route';
import { BudgetGrantRoute, BudgetRevisionRoute } from '@/features/budgets/routes/budget-revision-route';
import { BudgetRoute } from '@/features/budgets/routes/budget-route';
import { BudgetVersionRoute } from '@/features/budgets/routes/budget-version-route';
import { ContactCreateRoute } from '@/features/contacts/routes/contact-create-route';
import { ContactDetailRoute } from '@/features/contacts/routes/contact-detail-route';
import { ContactEditRoute } from '@/features/contacts/routes/contact-edit-route';
import { ContactsListRoute } from '@/features/contacts/routes/contacts-list-route';
import { CoverageRoute } from '@/features/coverage/routes/coverage-route';
import { EventDetailRoute } from '@/features/events/routes/event-detail-route';
import { EventEditRoute } from '@/features/events/routes/event-edit-route';
import { EventsRoute } from '@/features/events/routes/events-route';
import { ErrorTypesRoute } from '@/features/control/routes/error-types-route';
import { ExchangeRatesListRoute } from '@/features/exchange-rates/routes/exchange-rates-list-route';
import { RateCreateRoute } from '@/features/exchange-rates/routes/rate-create-route';
import { RateEditRoute } from '@/features/exchange-rates/routes/rate-edit-route';
import { RatesImportRoute } from '@/features/exchange-rates/routes/rates-import-route';
import { CallCreateRoute } from '@/features/calls/routes/call-create-route';
import { CallDetailRoute } from '@/features/calls/routes/call-detail-route';
import { CallEditRoute } from '@/features/calls/routes/call-edit-route';
import { CallsImportRoute } from '@/features/calls/routes/calls-import-route';
import { CallsListRoute } from '@/features/calls/routes/calls-list-route';
import { IdeaCreateRoute } from '@/features/ideas/routes/idea-create-route';
import { IdeaDetailRoute } from '@/features/ideas/routes/idea-detail-route';
import { IdeaEditRoute } from '@/features/ideas/routes/idea-edit-route';
import { IdeasListRoute } from '@/features/ideas/routes/ideas-list-route';
import { NetworkRoute } from '@/features/network/routes/network-route';
import { NotificationsRoute } from '@/features/notifications/routes/notifications-route';
import { PartnerSearchCreateRoute } from '@/features/partner-searches/routes/partner-search-create-route';
import { PartnerSearchDetailRoute } from '@/features/partner-searches/routes/partner-search-detail-route';
import { PartnerSearchEditRoute } from '@/features/partner-searches/routes/partner-search-edit-route';
import { PartnerSearchesListRoute } from '@/features/partner-searches/routes/partner-searches-list-route';
import { NetworksRoute } from '@/features/partners/routes/networks-route';
import { PartnerCreateRoute } from '@/features/partners/routes/partner-create-route';
import { PartnerDetailRoute } from '@/features/partners/routes/partner-detail-route';
import { PartnerEditRoute } from '@/features/partners/routes/partner-edit-route';
import { PartnersImportRoute } from '@/features/partners/routes/partners-import-route';
import { PartnersListRoute } from '@/features/partners/routes/partners-list-route';
import { ProgrammeCreateRoute } from '@/features/programmes/routes/programme-create-route';
import { ProgrammeDetailRoute } from '@/features/programmes/routes/programme-detail-route';
import { ProgrammeEditRoute } from '@/features/programmes/routes/programme-edit-route';
import { ProgrammesListRoute } from '@/features/programmes/routes/programmes-list-route';
import { ProjectDetailRoute } from '@/app/routes/project-detail-route';
import { ProjectsListRoute } from '@/features/projects/routes/projects-list-route';
import { ReportRoute } from '@/app/routes/report-route';
import { LibraryRoute } from '@/features/library/routes/library-route';
import { ResultRoute } from '@/features/library/routes/result-route';
import { TwinTownRoute } from '@/features/twin-towns/routes/twin-town-route';
import { TwinTownsRoute } from '@/features/twin-towns/routes/twin-towns-route';
import { TwinTownCreateRoute } from '@/features/twin-towns/routes/twin-town-create-route';
import { TwinTownEditRoute } from '@/features/twin-towns/routes/twin-town-edit-route';
import { ExternalNetworkRoute } from '@/features/external-networks/routes/external-network-route';
import { ExternalNetworksRoute } from '@/features/external-networks/routes/external-networks-route';
import { ExternalNetworkCreateRoute } from '@/features/external-networks/routes/external-network-create-route';
import { ExternalNetworkEditRoute } from '@/features/external-networks/routes/external-network-edit-route';
import { ScreeningRateRoute } from '@/features/screening-rate/routes/screening-rate-route';
import { UnitCreateRoute } from '@/features/units/routes/unit-create-route';
import { UnitEditRoute } from '@/features/units/routes/unit-edit-route';
import { UnitsListRoute } from '@/features/units/routes/units-list-route';
import { WorkPlanRoute } from '@/features/work-plans/routes/work-plan-route';
import { AccessibilityStatementRoute, PrivacyNoticeRoute } from '@/features/legal/routes/legal-routes';
import { CallHistoryRoute } from './routes/call-history-route';
import { ContactHistoryRoute } from './routes/contact-history-route';
import { IdeaHistoryRoute } from './routes/idea-history-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { PartnerHistoryRoute } from './routes/partner-history-route';
import { ApplicationHistoryRoute, ProjectHistoryRoute, ReportHistoryRoute } from './routes/project-history-route';
import { ProgrammeHistoryRoute } from './routes/programme-history-route';
import { RequirePermission } from './routes/require-permission';
import { RouteError } from './routes/route-error';
import { Shell } from './routes/shell';
import { UnitDetailRoute } from './routes/unit-detail-route';
import { UnitHistoryRoute } from './routes/unit-history-route';

// The portfolio's charts library loads with that page only.
const PortfolioRoute = lazy(() => import('@/features/dashboard/routes/portfolio-route').then((m) => ({ default: m.PortfolioRoute })));

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
      { path: 'programmes', element: <ProgrammesListRoute /> },
      { path: 'programmes/new', element: <RequirePermission permission="canWriteProgrammes"><ProgrammeCreateRoute /></RequirePermission> },
      { path: 'programmes/:id', element: <ProgrammeDetailRoute /> },
      { path: 'programmes/:id/edit', element: <RequirePermission permission="canWriteProgrammes"><ProgrammeEditRoute /></RequirePermission> },
      { path: 'programmes/:id/history', element: <RequirePermission permission="canSeeHistory"><ProgrammeHistoryRoute /></RequirePermission> },
      { path: 'calls', element: <CallsListRoute /> },
      { path: 'calls/new', element: <RequirePermission permission="canWriteCalls"><CallCreateRoute /></RequirePermission> },
      { path: 'calls/import', element: <RequirePermission permission="canWriteCalls"><CallsImportRoute /></RequirePermission> },
      { path: 'calls/:id', element: <CallDetailRoute /> },
      { path: 'applications/:id/history', element: <RequirePermission permission="canSeeHistory"><ApplicationHistoryRoute /></RequirePermission> },
      { path: 'projects/:id/history', element: <RequirePermission permission="canSeeHistory"><ProjectHistoryRoute /></RequirePermission> },
      { path: 'reports/:id/history', element: <RequirePermission permission="canSeeHistory"><ReportHistoryRoute /></RequirePermission> },
      { path: 'calls/:id/history', element: <RequirePermission permission="canSeeHistory"><CallHistoryRoute /></RequirePermission> },
      { path: 'calls/:id/edit', element: <RequirePermission permission="canWriteCalls"><CallEditRoute /></RequirePermission> },
      { path: 'call-watches', element: <CallWatchesRoute /> },
      { path: 'call-watches/:id', element: <CallWatchRoute /> },
      { path: 'eu-decisions', element: <EuDecisionsRoute /> },
      { path: 'eu-decisions/new', element: <RequirePermission permission="canWriteEuDecisions"><EuDecisionFormRoute /></RequirePermission> },
      { path: 'eu-decisions/:id', element: <EuDecisionRoute /> },
      { path: 'eu-decisions/:id/edit', element: <RequirePermission permission="canWriteEuDecisions"><EuDecisionFormRoute /></RequirePermission> },
      { path: 'ideas', element: <IdeasListRoute /> },
      { path: 'ideas/new', element: <RequirePermission permission="canWriteIdeas"><IdeaCreateRoute /></RequirePermission> },
      { path: 'ideas/:id', element: <IdeaDetailRoute /> },
      { path: 'ideas/:id/history', element: <RequirePermission permission="canSeeHistory"><IdeaHistoryRoute /></RequirePermission> },
      { path: 'ideas/:id/edit', element: <RequirePermission permission="canWriteIdeas"><IdeaEditRoute /></RequirePermission> },
      // Creating and editing check the user's roles and units themselves (the roles file is not the feature's).
      { path: 'applications', element: <ApplicationsListRoute /> },
      { path: 'applications/new', element: <ApplicationCreateRoute /> },
      { path: 'applications/:id', element: <ApplicationDetailRoute /> },
      { path: 'applications/:id/edit', element: <ApplicationEditRoute /> },
      { path: 'applications/:id/submitted', element: <ApplicationSubmittedRoute /> },
      { path: 'applications/:id/budget', element: <BudgetRoute /> },
      { path: 'applications/:id/budget/versions/:number', element: <BudgetVersionRoute /> },
      { path: 'applications/:id/budget/revision', element: <BudgetRevisionRoute /> },
      { path: 'applications/:id/budget/granted', element: <BudgetGrantRoute /> },
      // Projects and their reports: the server decides who writes, reviews and pays; the pages offer what it allows.
      { path: 'projects', element: <ProjectsListRoute /> },
      { path: 'projects/:id', element: <ProjectDetailRoute /> },
      { path: 'reports/:id', element: <ReportRoute /> },
      { path: 'network', element: <NetworkRoute /> },
      { path: 'events', element: <EventsRoute /> },
      { path: 'events/:id', element: <EventDetailRoute /> },
      { path: 'events/:id/edit', element: <RequirePermission permission="canManageEvents"><EventEditRoute /></RequirePermission> },
      { path: 'partners', element: <PartnersListRoute /> },
      { path: 'partners/new', element: <RequirePermission permission="canWritePartners"><PartnerCreateRoute /></RequirePermission> },
      { path: 'partners/import', element: <RequirePermission permission="canImportPartners"><PartnersImportRoute /></RequirePermission> },
      { path: 'partners/networks', element: <NetworksRoute /> },
      { path: 'partners/:id', element: <PartnerDetailRoute /> },
      { path: 'partners/:id/edit', element: <RequirePermission permission="canWritePartners"><PartnerEditRoute /></RequirePermission> },
      { path: 'partners/:id/history', element: <RequirePermission permission="canSeeHistory"><PartnerHistoryRoute /></RequirePermission> },
      { path: 'partner-searches', element: <PartnerSearchesListRoute /> },
      { path: 'partner-searches/new', element: <RequirePermission permission="canWritePartnerSearches"><PartnerSearchCreateRoute /></RequirePermission> },
      { path: 'partner-searches/:id', element: <PartnerSearchDetailRoute /> },
      { path: 'partner-searches/:id/edit', element: <RequirePermission permission="canWritePartnerSearches"><PartnerSearchEditRoute /></RequirePermission> },
      { path: 'library', element: <LibraryRoute /> },
      { path: 'library/:id', element: <ResultRoute /> },
      { path: 'twin-towns', element: <TwinTownsRoute /> },
      { path: 'twin-towns/new', element: <RequirePermission permission="canWriteTwinTowns"><TwinTownCreateRoute /></RequirePermission> },
      { path: 'twin-towns/:id', element: <TwinTownRoute /> },
      { path: 'twin-towns/:id/edit', element: <RequirePermission permission="canWriteTwinTowns"><TwinTownEditRoute /></RequirePermission> },
      { path: 'external-networks', element: <ExternalNetworksRoute /> },
      { path: 'external-networks/new', element: <RequirePermission permission="canWriteTwinTowns"><ExternalNetworkCreateRoute /></RequirePermission> },
      { path: 'external-networks/:id', element: <ExternalNetworkRoute /> },
      { path: 'external-networks/:id/edit', element: <RequirePermission permission="canWriteTwinTowns"><ExternalNetworkEditRoute /></RequirePermission> },
      { path: 'notifications', element: <NotificationsRoute /> },
      { path: 'screening-rate', element: <RequirePermission permission="canSeeScreeningRate"><ScreeningRateRoute /></RequirePermission> },
      { path: 'exchange-rates', element: <ExchangeRatesListRoute /> },
      { path: 'control-error-types', element: <RequirePermission permission="canWriteErrorTypes"><ErrorTypesRoute /></RequirePermission> },
      { path: 'exchange-rates/new', element: <RequirePermission permission="canWriteExchangeRates"><RateCreateRoute /></RequirePermission> },
      { path: 'exchange-rates/import', element: <RequirePermission permission="canWriteExchangeRates"><RatesImportRoute /></RequirePermission> },
      { path: 'exchange-rates/:currency/:month', element: <RequirePermission permission="canWriteExchangeRates"><RateEditRoute /></RequirePermission> },
      { path: 'dashboard', element: <RequirePermission permission="canSeePortfolio"><Suspense fallback={<Loading />}><PortfolioRoute /></Suspense></RequirePermission> },
      { path: 'work-plans', element: <RequirePermission permission="canSeePortfolio"><WorkPlanRoute /></RequirePermission> },
      { path: 'accessibility', element: <AccessibilityStatementRoute /> },
      { path: 'privacy', element: <PrivacyNoticeRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
