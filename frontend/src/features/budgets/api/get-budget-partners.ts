/** The organisations a budget may plan for, with their names: the application's partnership (lib/api/shared-reads). */
export { getPartnership as getBudgetPartners, usePartnership as useBudgetPartners } from '@/lib/api/shared-reads';
