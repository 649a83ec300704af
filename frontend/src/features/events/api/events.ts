/** The events API: list, one event, registrations, guests, attendance, calendar files and the user's feed. */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { rawFile } from '@/lib/api/raw-file';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/save-file';

type Schemas = components['schemas'];
export type EventView = Schemas['EventView'];
export type EventRequest = Schemas['EventRequest'];
export type EventKind = Schemas['EventKind'];
export type Audience = Schemas['Audience'];
export type RegistrationView = Schemas['EventRegistrationView'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type FeedView = Schemas['CalendarFeedView'];

export const EVENT_KINDS: EventKind[] = ['TRAINING', 'INFORMATION_MEETING', 'NETWORK_MEETING', 'STUDY_VISIT', 'TWIN_TOWN_VISIT', 'EXTERNAL_NETWORK_MEETING'];
export const AUDIENCES: Audience[] = ['ALL', 'UNITS', 'NETWORK', 'ELECTED_OFFICIALS'];

const keys = {
  all: ['events'] as const,
  list: (from: string, to: string) => ['events', 'list', from, to] as const,
  one: (id: string) => ['events', 'one', id] as const,
  registrations: (id: string) => ['events', 'registrations', id] as const,
  feed: ['events', 'feed'] as const,
};

function invalidate(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: keys.all });
}

export function useEvents(from: string, to: string) {
  return useQuery(
    queryOptions({
      queryKey: keys.list(from, to),
      queryFn: () => unwrapAs<EventView[]>(api.GET('/api/v1/events', { params: { query: { from, to } } })),
    }),
  );
}

export function getEventQueryOptions(id: string) {
  return queryOptions({
    queryKey: keys.one(id),
    queryFn: () => unwrapAs<EventView>(api.GET('/api/v1/events/{id}', { params: { path: { id } } })),
  });
}

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}

export function useRegistrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.registrations(id),
    enabled,
    queryFn: () => unwrapAs<RegistrationView[]>(api.GET('/api/v1/events/{id}/registrations', { params: { path: { id } } })),
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventRequest) => unwrapAs<EventView>(api.POST('/api/v1/events', { body })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: EventRequest }) =>
      unwrapAs<EventView>(api.PUT('/api/v1/events/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapAs<unknown>(api.DELETE('/api/v1/events/{id}', { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: keys.one(id) });
      return invalidate(queryClient);
    },
  });
}

export function useUploadMaterial(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrapAs<unknown>(api.POST('/api/v1/events/{id}/materials', { params: { path: { id }, query: { fileName: file.name } }, ...rawFile(file) })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useDeleteMaterial(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (materialId: string) => unwrapAs<unknown>(api.DELETE('/api/v1/events/{id}/materials/{materialId}', { params: { path: { id, materialId } } })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useRegisterMe(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapAs<RegistrationView>(api.POST('/api/v1/events/{id}/registrations', { params: { path: { id } } })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useCancelMine(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapAs<RegistrationView>(api.DELETE('/api/v1/events/{id}/registrations/mine', { params: { path: { id } } })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useRegisterGuest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; email: string }) =>
      unwrapAs<RegistrationView>(api.POST('/api/v1/events/{id}/guests', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useRecordAttendance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registration, attended }: { registration: RegistrationView; attended: boolean }) =>
      unwrapAs<RegistrationView>(
        api.PUT('/api/v1/events/{id}/registrations/{registrationId}/attendance', {
          params: { path: { id, registrationId: registration.id }, header: ifMatch(registration.version) },
          body: { attended },
        }),
      ),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useInvite(id: string) {
  return useMutation({
    mutationFn: () => unwrapAs<Schemas['EventNoticesSent']>(api.POST('/api/v1/events/{id}/invitations', { params: { path: { id } } })),
  });
}

export function useRemind(id: string) {
  return useMutation({
    mutationFn: () => unwrapAs<Schemas['EventNoticesSent']>(api.POST('/api/v1/events/{id}/reminders', { params: { path: { id } } })),
  });
}

/** The event's .ics, fetched with the bearer token and saved. */
export function useDownloadCalendar(id: string) {
  return useMutation({
    mutationFn: async () => {
      const request = api.GET('/api/v1/events/{id}/calendar.ics', {
        params: { path: { id } },
        headers: { Accept: 'text/calendar' },
        parseAs: 'blob',
      });
      saveFile(await unwrapAs<Blob>(request), `event-${id}.ics`);
    },
  });
}

export function useMyFeed() {
  return useQuery({ queryKey: keys.feed, queryFn: () => unwrapAs<FeedView>(api.GET('/api/v1/events/feed')) });
}

export function useRenewFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapAs<FeedView>(api.POST('/api/v1/events/feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.feed }),
  });
}
