/** The main navigation's entries for the user's roles (the pages guard themselves anyway). */
import type { TFunction } from 'i18next';
import type { NavItem } from '@/components/layout/main-nav';
import type { Permissions } from '@/lib/auth/roles';

/** `taskCount`: what waits for the user, shown as a badge on the start page's entry (where the work list is). */
export function navItems(permissions: Permissions, t: TFunction, taskCount = 0): NavItem[] {
  const item = (to: string, key: string, shown = true): NavItem[] => (shown ? [{ to, label: t(key) }] : []);
  const home: NavItem = { to: '/', label: t('nav.home'), end: true, count: taskCount, countLabel: t('tasks.navCount', { count: taskCount }) };
  // A controller reads the projects appointed to, and nothing else of the portal.
  if (permissions.controlsOnly) return [home, ...item('/projects', 'nav.projects')];
  return [
    home,
    ...item('/units', 'nav.units'),
    ...item('/contacts', 'nav.contacts'),
    ...item('/personal-data', 'nav.personalData', permissions.canManagePersonalData),
    ...item('/coverage', 'nav.coverage', permissions.canSeeCoverage),
    ...item('/programmes', 'nav.programmes'),
    ...item('/calls', 'nav.calls'),
    ...item('/call-watches', 'nav.callWatches'),
    ...item('/eu-decisions', 'nav.euDecisions'),
    ...item('/ideas', 'nav.ideas'),
    ...item('/applications', 'nav.applications'),
    ...item('/projects', 'nav.projects'),
    ...item('/network', 'nav.network'),
    ...item('/events', 'nav.events'),
    ...item('/partners', 'nav.partners'),
    ...item('/partner-searches', 'nav.partnerSearches'),
    ...item('/library', 'nav.library'),
    ...item('/twin-towns', 'nav.twinTowns'),
    ...item('/external-networks', 'nav.externalNetworks'),
    ...item('/screening-rate', 'nav.screeningRate', permissions.canSeeScreeningRate),
    ...item('/exchange-rates', 'nav.exchangeRates'),
    ...item('/control-error-types', 'nav.errorTypes', permissions.canWriteErrorTypes),
    ...item('/dashboard', 'nav.portfolio', permissions.canSeePortfolio),
    ...item('/work-plans', 'nav.workPlans', permissions.canSeePortfolio),
  ];
}
