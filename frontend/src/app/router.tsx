/** All routes; pages a role may not use are guarded here (the server decides anyway). */
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission } from './routes/require-permission';
import { RouteError } from './routes/route-error';
import { Shell } from './routes/shell';

// Each page is a chunk of its own, fetched when first opened: the applications page does not carry the
// budget editor, and the portfolio's charts library loads with that page only. Shell shows Loading meanwhile.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const CallWatchRoute = page(() => import('@/features/call-watches/routes/call-watch-route'), 'CallWatchRoute');
const CallWatchesRoute = page(() => import('@/features/call-watches/routes/call-watches-route'), 'CallWatchesRoute');
const EuDecisionFormRoute = page(() => import('@/features/eu-decisions/routes/eu-decision-form-route'), 'EuDecisionFormRoute');
const EuDecisionRoute = page(() => import('@/features/eu-decisions/routes/eu-decision-route'), 'EuDecisionRoute');
const EuDecisionsRoute = page(() => import('@/features/eu-decisions/routes/eu-decisions-route'), 'EuDecisionsRoute');
const ApplicationCreateRoute = page(() => import('@/features/applications/routes/application-create-route'), 'ApplicationCreateRoute');
const ApplicationDetailRoute = page(() => import('@/features/applications/routes/application-detail-route'), 'ApplicationDetailRoute');
const ApplicationEditRoute = page(() => import('@/features/applications/routes/application-edit-route'), 'ApplicationEditRoute');
const ApplicationSubmittedRoute = page(() => import('@/features/applications/routes/application-submitted-route'), 'ApplicationSubmittedRoute');
const ApplicationsListRoute = page(() => import('@/features/applications/routes/applications-list-route'), 'ApplicationsListRoute');
const BudgetGrantRoute = page(() => import('@/features/budgets/routes/budget-revision-route'), 'BudgetGrantRoute');
const BudgetRevisionRoute = page(() => import('@/features/budgets/routes/budget-revision-route'), 'BudgetRevisionRoute');
const BudgetRoute = page(() => import('@/features/budgets/routes/budget-route'), 'BudgetRoute');
const BudgetVersionRoute = page(() => import('@/features/budgets/routes/budget-version-route'), 'BudgetVersionRoute');
const ContactCreateRoute = page(() => import('@/features/contacts/routes/contact-create-route'), 'ContactCreateRoute');
const ContactDetailRoute = page(() => import('@/features/contacts/routes/contact-detail-route'), 'ContactDetailRoute');
const ContactEditRoute = page(() => import('@/features/contacts/routes/contact-edit-route'), 'ContactEditRoute');
const ContactsListRoute = page(() => import('@/features/contacts/routes/contacts-list-route'), 'ContactsListRoute');
const PersonalDataByEmailRoute = page(() => import('@/features/contacts/routes/personal-data-by-email-route'), 'PersonalDataByEmailRoute');
const CoverageRoute = page(() => import('@/features/coverage/routes/coverage-route'), 'CoverageRoute');
const EventDetailRoute = page(() => import('@/features/events/routes/event-detail-route'), 'EventDetailRoute');
const EventEditRoute = page(() => import('@/features/events/routes/event-edit-route'), 'EventEditRoute');
const EventsRoute = page(() => import('@/features/events/routes/events-route'), 'EventsRoute');
const ErrorTypesRoute = page(() => import('@/features/control/routes/error-types-route'), 'ErrorTypesRoute');
const ExchangeRatesListRoute = page(() => import('@/features/exchange-rates/routes/exchange-rates-list-route'), 'ExchangeRatesListRoute');
const RateCreateRoute = page(() => import('@/features/exchange-rates/routes/rate-create-route'), 'RateCreateRoute');
const RateEditRoute = page(() => import('@/features/exchange-rates/routes/rate-edit-route'), 'RateEditRoute');
const RatesImportRoute = page(() => import('@/features/exchange-rates/routes/rates-import-route'), 'RatesImportRoute');
const CallCreateRoute = page(() => import('@/features/calls/routes/call-create-route'), 'CallCreateRoute');
const CallDetailRoute = page(() => import('@/features/calls/routes/call-detail-route'), 'CallDetailRoute');
const CallEditRoute = page(() => import('@/features/calls/routes/call-edit-route'), 'CallEditRoute');
const CallsImportRoute = page(() => import('@/features/calls/routes/calls-import-route'), 'CallsImportRoute');
const CallsListRoute = page(() => import('@/features/calls/routes/calls-list-route'), 'CallsListRoute');
const IdeaCreateRoute = page(() => import('@/features/ideas/routes/idea-create-route'), 'IdeaCreateRoute');
const IdeaDetailRoute = page(() => import('@/features/ideas/routes/idea-detail-route'), 'IdeaDetailRoute');
const IdeaEditRoute = page(() => import('@/features/ideas/routes/idea-edit-route'), 'IdeaEditRoute');
const IdeasListRoute = page(() => import('@/features/ideas/routes/ideas-list-route'), 'IdeasListRoute');
const NetworkRoute = page(() => import('@/features/network/routes/network-route'), 'NetworkRoute');
const NotificationsRoute = page(() => import('@/features/notifications/routes/notifications-route'), 'NotificationsRoute');
const PartnerSearchCreateRoute = page(() => import('@/features/partner-searches/routes/partner-search-create-route'), 'PartnerSearchCreateRoute');
const PartnerSearchDetailRoute = page(() => import('@/features/partner-searches/routes/partner-search-detail-route'), 'PartnerSearchDetailRoute');
const PartnerSearchEditRoute = page(() => import('@/features/partner-searches/routes/partner-search-edit-route'), 'PartnerSearchEditRoute');
const PartnerSearchesListRoute = page(() => import('@/features/partner-searches/routes/partner-searches-list-route'), 'PartnerSearchesListRoute');
const NetworksRoute = page(() => import('@/features/partners/routes/networks-route'), 'NetworksRoute');
const PartnerCreateRoute = page(() => import('@/features/partners/routes/partner-create-route'), 'PartnerCreateRoute');
const PartnerDetailRoute = page(() => import('@/features/partners/routes/partner-detail-route'), 'PartnerDetailRoute');
const PartnerEditRoute = page(() => import('@/features/partners/routes/partner-edit-route'), 'PartnerEditRoute');
const PartnersImportRoute = page(() => import('@/features/partners/routes/partners-import-route'), 'PartnersImportRoute');
const PartnersListRoute = page(() => import('@/features/partners/routes/partners-list-route'), 'PartnersListRoute');
const ProgrammeCreateRoute = page(() => import('@/features/programmes/routes/programme-create-route'), 'ProgrammeCreateRoute');
const ProgrammeDetailRoute = page(() => import('@/features/programmes/routes/programme-detail-route'), 'ProgrammeDetailRoute');
const ProgrammeEditRoute = page(() => import('@/features/programmes/routes/programme-edit-route'), 'ProgrammeEditRoute');
const ProgrammesListRoute = page(() => import('@/features/programmes/routes/programmes-list-route'), 'ProgrammesListRoute');
const ProjectDetailRoute = page(() => import('@/app/routes/project-detail-route'), 'ProjectDetailRoute');
const ProjectsListRoute = page(() => import('@/features/projects/routes/projects-list-route'), 'ProjectsListRoute');
const ReportRoute = page(() => import('@/app/routes/report-route'), 'ReportRoute');
const LibraryRoute = page(() => import('@/features/library/routes/library-route'), 'LibraryRoute');
const ResultRoute = page(() => import('@/features/library/routes/result-route'), 'ResultRoute');
const TwinTownRoute = page(() => import('@/features/twin-towns/routes/twin-town-route'), 'TwinTownRoute');
const TwinTownsRoute = page(() => import('@/features/twin-towns/routes/twin-towns-route'), 'TwinTownsRoute');
const TwinTownCreateRoute = page(() => import('@/features/twin-towns/routes/twin-town-create-route'), 'TwinTownCreateRoute');
const TwinTownEditRoute = page(() => import('@/features/twin-towns/routes/twin-town-edit-route'), 'TwinTownEditRoute');
const ExternalNetworkRoute = page(() => import('@/features/external-networks/routes/external-network-route'), 'ExternalNetworkRoute');
const ExternalNetworksRoute = page(() => import('@/features/external-networks/routes/external-networks-route'), 'ExternalNetworksRoute');
const ExternalNetworkCreateRoute = page(() => import('@/features/external-networks/routes/external-network-create-route'), 'ExternalNetworkCreateRoute');
const ExternalNetworkEditRoute = page(() => import('@/features/external-networks/routes/external-network-edit-route'), 'ExternalNetworkEditRoute');
const ScreeningRateRoute = page(() => import('@/features/screening-rate/routes/screening-rate-route'), 'ScreeningRateRoute');
const UnitCreateRoute = page(() => import('@/features/units/routes/unit-create-route'), 'UnitCreateRoute');
const UnitEditRoute = page(() => import('@/features/units/routes/unit-edit-route'), 'UnitEditRoute');
const UnitsListRoute = page(() => import('@/features/units/routes/units-list-route'), 'UnitsListRoute');
const WorkPlanRoute = page(() => import('@/features/work-plans/routes/work-plan-route'), 'WorkPlanRoute');
const AccessibilityStatementRoute = page(() => import('@/features/legal/routes/legal-routes'), 'AccessibilityStatementRoute');
const PrivacyNoticeRoute = page(() => import('@/features/legal/routes/legal-routes'), 'PrivacyNoticeRoute');
const CallHistoryRoute = page(() => import('./routes/call-history-route'), 'CallHistoryRoute');
const ContactHistoryRoute = page(() => import('./routes/contact-history-route'), 'ContactHistoryRoute');
const IdeaHistoryRoute = page(() => import('./routes/idea-history-route'), 'IdeaHistoryRoute');
const HomeRoute = page(() => import('./routes/home-route'), 'HomeRoute');
const NotFoundRoute = page(() => import('./routes/not-found-route'), 'NotFoundRoute');
const PartnerHistoryRoute = page(() => import('./routes/partner-history-route'), 'PartnerHistoryRoute');
const ApplicationHistoryRoute = page(() => import('./routes/project-history-route'), 'ApplicationHistoryRoute');
const ProjectHistoryRoute = page(() => import('./routes/project-history-route'), 'ProjectHistoryRoute');
const ReportHistoryRoute = page(() => import('./routes/project-history-route'), 'ReportHistoryRoute');
const ProgrammeHistoryRoute = page(() => import('./routes/programme-history-route'), 'ProgrammeHistoryRoute');
const UnitDetailRoute = page(() => import('./routes/unit-detail-route'), 'UnitDetailRoute');
const UnitHistoryRoute = page(() => import('./routes/unit-history-route'), 'UnitHistoryRoute');
const PortfolioRoute = page(() => import('@/features/dashboard/routes/portfolio-route'), 'PortfolioRoute');

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
      { path: 'personal-data', element: <RequirePermission permission="canManagePersonalData"><PersonalDataByEmailRoute /></RequirePermission> },
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
      { path: 'dashboard', element: <RequirePermission permission="canSeePortfolio"><PortfolioRoute /></RequirePermission> },
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
