/** PUT /reports/{id}/payment with If-Match: an advisor records what the funder paid and when. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { PaymentRequest, ReportView } from '@/lib/api/types';
import { invalidateReport } from '@/lib/api/invalidate-report';

export interface RecordPaymentInput {
  id: string;
  version: number;
  body: PaymentRequest;
}

export function recordPayment({ id, version, body }: RecordPaymentInput) {
  return unwrapAs<ReportView>(api.PUT('/api/v1/reports/{id}/payment', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function useRecordPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordPayment,
    onSuccess: (report, { id }) => {
      if (report) queryClient.setQueryData(queryKeys.report(id), report);
      return invalidateReport(queryClient, id);
    },
  });
}
