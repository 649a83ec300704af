/**
 * GET and PUT /me/language: the language the server writes to the user in (notices, e-mails, digests) and
 * their exports' default. The language switch saves the choice; at sign-in the stored choice wins.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { LanguageView } from '@/lib/api/types';
import type { Language } from '@/lib/i18n/i18n';

export function getMyLanguage() {
  return unwrapAs<LanguageView>(api.GET('/api/v1/me/language'));
}

export function saveMyLanguage(language: Language) {
  return unwrapAs<LanguageView>(api.PUT('/api/v1/me/language', { body: { language: language === 'en' ? 'EN' : 'SV' } }));
}

export function useMyLanguageQuery() {
  return useQuery({ queryKey: queryKeys.myLanguage, queryFn: getMyLanguage, staleTime: Infinity });
}

/** Saves the choice; notices are written in the reader's language, so their lists are read again. */
export function useSaveMyLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyLanguage,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.myLanguage, saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
    },
  });
}
