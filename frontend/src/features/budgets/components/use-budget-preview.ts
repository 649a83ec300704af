/**
 * The budget's figures as the user types: the preview endpoint asked ~400 ms after the last change,
 * an older answer never replacing a newer one. Until the first change the saved figures stand.
 */
import { useEffect, useState } from 'react';
import { isApiError } from '@/lib/api/problem';
import type { BudgetContent, BudgetSummary, BudgetViolation } from '@/lib/api/types';
import { previewBudget } from '../api/preview-budget';
import { violationsOfProblem } from './budget-violations';

export const PREVIEW_DELAY_MS = 400;

export interface PreviewState {
  periods: number | null;
  summary: BudgetSummary | null;
  violations: BudgetViolation[];
  /** A change waits for its figures. */
  pending: boolean;
  error: unknown;
}

interface Options {
  applicationId: string;
  content: BudgetContent;
  /** The saved figures, shown until the content changes; without them the preview is asked at once. */
  initial: { periods: number; summary: BudgetSummary; violations: BudgetViolation[] } | null;
  enabled: boolean;
}

export function useBudgetPreview({ applicationId, content, initial, enabled }: Options): PreviewState {
  const key = JSON.stringify(content);
  const [initialKey] = useState(key);
  const [state, setState] = useState<PreviewState>(() => ({
    periods: initial?.periods ?? null,
    summary: initial?.summary ?? null,
    violations: initial?.violations ?? [],
    pending: !initial && enabled,
    error: undefined,
  }));

  useEffect(() => {
    if (!enabled || (initial && key === initialKey)) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      previewBudget(applicationId, JSON.parse(key) as BudgetContent, controller.signal).then(
        (preview) => setState({ periods: preview.periods, summary: preview.summary, violations: preview.violations, pending: false, error: undefined }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          // A body the server could not read (e.g. a line without its category): its field errors stand in for the rules.
          const violations = isApiError(error, 400) ? violationsOfProblem(error.problem) : [];
          setState((previous) => ({ ...previous, violations, pending: false, error: violations.length ? undefined : error }));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `initial` is read once: later saved figures arrive through a new key of the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [applicationId, key, enabled]);

  return state;
}
