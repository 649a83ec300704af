/** Query keys shared by features, so a mutation in one can refresh the lists of another. */
export const queryKeys = {
  me: ['me'] as const,
  units: ['units'] as const,
  unitList: (params: object) => ['units', 'list', params] as const,
  unit: (id: string) => ['units', 'detail', id] as const,
  unitOptions: ['unit-options'] as const,
  contacts: ['contacts'] as const,
  contactList: (params: object) => ['contacts', 'list', params] as const,
  contact: (id: string) => ['contacts', 'detail', id] as const,
  coverage: ['coverage'] as const,
  history: ['history'] as const,
  unitHistory: (id: string) => ['history', 'units', id] as const,
  contactHistory: (id: string) => ['history', 'contacts', id] as const,
};
