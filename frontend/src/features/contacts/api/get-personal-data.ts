/** GET /contact-persons/{id}/personal-data (admin): everything stored about a person, as a JSON download. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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
