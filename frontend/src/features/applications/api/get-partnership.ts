/** The partnership is read by the application, its budget and its project's reports: one query, in lib/api/shared-reads. */
export { byRole, getPartnership, getPartnershipQueryOptions, usePartnership } from '@/lib/api/shared-reads';
