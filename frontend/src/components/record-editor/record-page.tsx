/** A page about one record: loading, then the record, or the page's title with the problem. */
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';

interface RecordQuery<R> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: R | undefined;
}

interface RecordPageProps<R> {
  query: RecordQuery<R>;
  /** The title shown with the problem when the record cannot be read. */
  title: string;
  children: (record: R) => ReactNode;
}

export function RecordPage<R>({ query, title, children }: RecordPageProps<R>) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={query.error} />
      </>
    );
  return children(query.data);
}
