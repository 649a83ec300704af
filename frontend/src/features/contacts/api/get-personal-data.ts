/** GET /contact-persons/{id}/personal-data (admin): everything stored about a person, as a JSON download. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export function getPersonalData(id: string) {
  return unwrap(api.GET('/api/v1/contact-persons/{id}/personal-data', { params: { path: { id } } }));
}

function download(fileName: string, content: unknown) {
  const blob = new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fetched on demand (not cached): an export is an act, and is logged by the server. */
export function useExportPersonalData() {
  return useMutation({
    mutationFn: async (id: string) => {
      const data = await getPersonalData(id);
      download(`personuppgifter-${id}.json`, data);
      return data;
    },
  });
}
