/** /network: the directory of the municipality's EU project managers, filtered, paged like every list, exportable as CSV. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { CsvExportButton } from '@/components/csv-export-button';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { Page } from '@/lib/api/types';
import { useProgrammeOptions, useUnitOptions } from '@/lib/api/shared-reads';
import { useListParams } from '@/lib/use-list-params';

type NetworkMember = components['schemas']['NetworkMember'];

const FILTERS = ['unitId', 'programmeId', 'theme', 'running'] as const;

export function NetworkRoute() {
  const { t } = useTranslation();
  const { page, q, filters, update } = useListParams(FILTERS, 'name');
  const query = {
    q: q || undefined,
    unitId: filters.unitId || undefined,
    programmeId: filters.programmeId || undefined,
    theme: filters.theme || undefined,
    running: filters.running ? filters.running === 'true' : undefined,
  };
  const members = useQuery({
    queryKey: ['network', 'members', query, page],
    queryFn: () => unwrapAs<Page<NetworkMember>>(api.GET('/api/v1/network/members', { params: { query: { ...query, page } } })),
  });
  const units = useUnitOptions();
  const programmes = useProgrammeOptions();
  const [values, setValues] = useState({ q, ...filters });
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    update(values);
  };

  return (
    <>
      <PageHeader title={t('network.title')} actions={<CsvExportButton path="/api/v1/network/members" query={query} fileName="projektledarnatverket.csv" />}>
        <p>{t('network.intro')}</p>
      </PageHeader>
      <form className="filters" role="search" aria-label={t('network.filters')} onSubmit={apply}>
        <TextField formId="network" name="q" type="search" label={t('network.q')} value={values.q ?? ''} onChange={set('q')} />
        <SelectField
          formId="network"
          name="unitId"
          label={t('network.unit')}
          value={values.unitId ?? ''}
          onChange={set('unitId')}
          emptyLabel={t('common.all')}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.code} ${unit.name}` }))}
        />
        <SelectField
          formId="network"
          name="programmeId"
          label={t('network.programme')}
          value={values.programmeId ?? ''}
          onChange={set('programmeId')}
          emptyLabel={t('common.all')}
          options={(programmes.data ?? []).map((programme) => ({ value: programme.id, label: programme.name }))}
        />
        <TextField formId="network" name="theme" label={t('network.theme')} value={values.theme ?? ''} onChange={set('theme')} />
        <SelectField
          formId="network"
          name="running"
          label={t('network.running')}
          value={values.running ?? ''}
          onChange={set('running')}
          emptyLabel={t('common.all')}
          options={[
            { value: 'true', label: t('network.withRunning') },
            { value: 'false', label: t('network.withoutRunning') },
          ]}
        />
        <button type="submit" className="button">
          {t('common.applySearch')}
        </button>
      </form>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ProblemAlert error={members.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: members.data.total })}
          </p>
          {members.data.items.length > 0 && (
            <div className="table-wrapper">
            <table className="table">
              <caption>{t('network.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('network.name')}</th>
                  <th scope="col">{t('network.unit')}</th>
                  <th scope="col">{t('network.runningProjects')}</th>
                  <th scope="col">{t('network.pastProjects')}</th>
                  <th scope="col">{t('network.programmes')}</th>
                  <th scope="col">{t('network.themes')}</th>
                </tr>
              </thead>
              <tbody>
                {members.data.items.map((member) => (
                  <tr key={member.email ?? member.userSubject ?? member.name}>
                    <td>
                      {member.name}
                      {member.email && (
                        <>
                          <br />
                          <a href={`mailto:${member.email}`}>{member.email}</a>
                        </>
                      )}
                      <br />
                      <small>{member.sources.map((source) => t(`network.source.${source}`)).join(', ')}</small>
                    </td>
                    <td>{member.units.join(', ')}</td>
                    <td>{member.runningProjects.join(', ')}</td>
                    <td>{member.pastProjects.join(', ')}</td>
                    <td>{member.programmes.join(', ')}</td>
                    <td>{member.themes.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
          <Pager page={members.data.page} size={members.data.size} total={members.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
