/**
 * "Exportera CSV": the list as it is filtered and sorted, every matching row (the API answers any
 * list as CSV when asked with Accept: text/csv), fetched with the bearer token and saved.
 */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '@/components/busy-button';
import { ProblemAlert } from '@/components/problem-alert';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

interface CsvExportButtonProps {
  /** A list endpoint, e.g. /api/v1/applications. */
  path: string;
  /** The list's filters and sort, as the JSON list is asked with. */
  query: Record<string, string | number | boolean | string[] | undefined>;
  fileName: string;
}

export function CsvExportButton({ path, query, fileName }: CsvExportButtonProps) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async () => {
      // The path is any list endpoint; the generated types name each one, so this one call is untyped.
      const request = api.GET(path as '/api/v1/units', {
        params: { query: query as never },
        headers: { Accept: 'text/csv' },
        parseAs: 'blob',
      });
      saveFile(await unwrapAs<Blob>(request), fileName);
    },
  });
  return (
    <>
      <BusyButton className="button button--secondary" busy={download.isPending} onClick={() => download.mutate()}>
        {t('common.exportCsv')}
      </BusyButton>
      {download.isError && <ProblemAlert error={download.error} />}
    </>
  );
}
