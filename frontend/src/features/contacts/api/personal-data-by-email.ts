/**
 * What is held under an e-mail of someone in no register of contact persons (admin): GET /personal-data?email=
 * looked up on demand (an act, never cached), and POST /personal-data/erasure?email= (irreversible).
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { EmailErasure, EmailPersonalData } from '@/lib/api/types';
import { getPersonalDataByEmail } from './get-personal-data';

export function useFindPersonalDataByEmail() {
  return useMutation({ mutationFn: (email: string) => getPersonalDataByEmail(email) as Promise<EmailPersonalData> });
}

export function useErasePersonalDataByEmail() {
  return useMutation({
    mutationFn: (email: string) => unwrapAs<EmailErasure>(api.POST('/api/v1/personal-data/erasure', { params: { query: { email } } })),
  });
}

/** The registers an e-mail can be held in, in the order the page lists them. */
export const EMAIL_REGISTERS = ['GUEST', 'TWIN_TOWN_CONTACT', 'EXTERNAL_NETWORK_MEMBER', 'PARTNER_CONTACT'] as const;
export type EmailRegister = (typeof EMAIL_REGISTERS)[number];

/** How many entries each register holds under the e-mail (GUEST: registrations for events as a guest). */
export function countsByRegister(data: EmailPersonalData): Record<EmailRegister, number> {
  const counts: Record<EmailRegister, number> = { GUEST: data.eventRegistrations.length, TWIN_TOWN_CONTACT: 0, EXTERNAL_NETWORK_MEMBER: 0, PARTNER_CONTACT: 0 };
  for (const entry of data.otherRegisters) counts[entry.register] += 1;
  return counts;
}
