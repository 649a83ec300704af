import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PROGRAMME_ID, UTB_ID, meWith, programme } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { WatchForm } from './watch-form';

describe('saving a call watch', () => {
  it('watches a unit’s programmes and funds, as the coordinator chose them', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme()], page: 0, size: 200, total: 1 }) },
      { method: 'POST', path: '/api/v1/call-watches', answer: (_request, body) => json({ id: 'w-1', ...(body as object) }, { status: 201 }) },
    ]);
    const onSaved = vi.fn();
    renderRoute(<WatchForm unitOptions={[{ value: UTB_ID, label: 'Enheten Utbildningskontoret (UTB)' }]} onSaved={onSaved} />,
      { path: '/call-watches', at: '/call-watches', me: meWith(['coordinator']) });
    await userEvent.type(screen.getByLabelText(/^Namn/), 'Skolans utlysningar');
    const programmes = screen.getByRole('group', { name: 'Program' });
    await userEvent.click(await within(programmes).findByRole('checkbox', { name: `${programme().name} (${programme().code})` }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Fonder' })).getByRole('checkbox', { name: /ESF\+/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({ name: 'Skolans utlysningar', unitId: UTB_ID, programmeIds: [PROGRAMME_ID], funds: ['ESF_PLUS'] });
  });
});
