/**
 * /call-watches: the caller's own watches and the units' (a coordinator's own units'; the office sees
 * every unit's: which units watch what), and the form that saves a new one.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { useMe } from '@/lib/auth/me-context';
import { useCallWatches } from '../api/watches';
import { WatchForm } from '../components/watch-form';
import { WatchesTable } from '../components/watches-table';

export function CallWatchesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, permissions } = useMe();
  const watches = useCallWatches();
  const units = useUnitOptions();
  const watchUnits = { any: units.data ?? [], own: me.units, none: [] }[permissions.callWatchUnits];
  const unitChoices = watchUnits.map((unit) => ({ value: unit.id, label: t('callWatches.forUnit', { unit: `${unit.name} (${unit.code})` }) }));
  const canSave = permissions.canSaveCallWatches;
  const mine = watches.data?.filter((watch) => watch.personal) ?? [];
  const ofUnits = watches.data?.filter((watch) => !watch.personal) ?? [];
  return (
    <>
      <PageHeader title={t('callWatches.title')}>
        <p className="lead">{t('callWatches.intro')}</p>
      </PageHeader>
      <Notice />
      {watches.isPending ? (
        <Loading />
      ) : watches.isError ? (
        <ProblemAlert error={watches.error} />
      ) : (
        <>
          <section aria-labelledby="watches-units">
            <h2 id="watches-units">{t('callWatches.units')}</h2>
            {ofUnits.length === 0 ? <p>{t('callWatches.noneUnits')}</p> : <WatchesTable watches={ofUnits} showUnit caption={t('callWatches.units')} />}
          </section>
          <section aria-labelledby="watches-mine">
            <h2 id="watches-mine">{t('callWatches.mine')}</h2>
            {mine.length === 0 ? <p>{t('callWatches.noneMine')}</p> : <WatchesTable watches={mine} showUnit={false} caption={t('callWatches.mine')} />}
          </section>
        </>
      )}
      {canSave && (
        <section aria-labelledby="watches-new">
          <h2 id="watches-new">{t('callWatches.create')}</h2>
          <WatchForm
            key={unitChoices.length}
            unitOptions={unitChoices}
            onSaved={(watch) => navigate(`/call-watches/${watch.id}`, { state: { notice: t('callWatches.saved', { name: watch.name }) } })}
          />
        </section>
      )}
    </>
  );
}
