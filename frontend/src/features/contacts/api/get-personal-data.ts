/**
 * GET /contact-persons/{id}/personal-data (admin): everything stored about a person, as a JSON download; and
 * the same as a page the person can read (HTML, in the person's own language), fetched with the bearer token.
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

export function getPersonalData(id: string) {
  return unwrap(api.GET('/api/v1/contact-persons/{id}/personal-data', { params: { path: { id } } }));
}

/** Fetched on demand (not cached): an export is an act, and is logged by the server. */
export function useExportPersonalData() {
  return useMutation({
    mutationFn: async (id: string) => {
      const data = await getPersonalData(id);
      saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `personuppgifter-${id}.json`);
      return data;
    },
  });
}

/** The readable page; the server picks the person's language and logs the file it hands out. */
export function useExportPersonalDataPage() {
  return useMutation({
    mutationFn: async (id: string) => {
      const page = await unwrapAs<Blob>(
        api.GET('/api/v1/contact-persons/{id}/personal-data.html', { params: { path: { id } }, parseAs: 'blob' }),
      );
      saveFile(page, `personuppgifter-${id}.html`);
    },
  });
}
