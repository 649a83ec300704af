/**
 * Everything stored about a person (admin), as a JSON download or as a page the person can read (HTML, in the
 * person's own language), fetched with the bearer token: a contact person's (GET /contact-persons/{id}/personal-data
 * and …/personal-data.html) or what is held under an e-mail (GET /personal-data?email= and /personal-data.html?email=).
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

/** Whose data: a contact person by id, or whoever is held under an e-mail. */
export type PersonalDataSubject = { contactId: string } | { email: string };

export function getPersonalData(id: string) {
  return unwrap(api.GET('/api/v1/contact-persons/{id}/personal-data', { params: { path: { id } } }));
}

export function getPersonalDataByEmail(email: string) {
  return unwrap(api.GET('/api/v1/personal-data', { params: { query: { email } } }));
}

/** The file's name: the contact's id, or the e-mail in characters any file system takes. */
export function personalDataFileName(subject: PersonalDataSubject, extension: 'json' | 'html'): string {
  const who = 'contactId' in subject ? subject.contactId : subject.email.trim().toLowerCase().replace(/[^a-z0-9._-]/g, '_');
  return `personuppgifter-${who}.${extension}`;
}

/** Fetched on demand (not cached): an export is an act, and is logged by the server. */
export function useExportPersonalData() {
  return useMutation({
    mutationFn: async (subject: PersonalDataSubject) => {
      const data = await ('contactId' in subject ? getPersonalData(subject.contactId) : getPersonalDataByEmail(subject.email));
      saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), personalDataFileName(subject, 'json'));
      return data;
    },
  });
}

/** The readable page; the server picks the person's language and logs the file it hands out. */
export function useExportPersonalDataPage() {
  return useMutation({
    mutationFn: async (subject: PersonalDataSubject) => {
      const page = await unwrapAs<Blob>(
        'contactId' in subject
          ? api.GET('/api/v1/contact-persons/{id}/personal-data.html', { params: { path: { id: subject.contactId } }, parseAs: 'blob' })
          : api.GET('/api/v1/personal-data.html', { params: { query: { email: subject.email } }, parseAs: 'blob' }),
      );
      saveFile(page, personalDataFileName(subject, 'html'));
    },
  });
}
