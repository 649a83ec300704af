import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ControlErrorTypeView } from '@/lib/api/types';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ErrorTypesRoute } from './error-types-route';

const path = '/api/v1/control-error-types';
const calculation: ControlErrorTypeView = { code: 'CALCULATION_ERROR', nameSv: 'Beräkningsfel', nameEn: 'Calculation error', active: true, sortOrder: 60, version: 3 };
const late: ControlErrorTypeView = { code: 'LATE_INVOICE', nameSv: 'Sen faktura', nameEn: 'Late invoice', active: true, sortOrder: 80, version: 0 };

function render(types: ControlErrorTypeView[], extra: Parameters<typeof mockFetch>[0] = []) {
  const fetched = mockFetch([...extra, { method: 'GET', path, answer: () => json(types) }]);
  renderRoute(<ErrorTypesRoute />, { path: '/control-error-types', at: '/control-error-types', me: meWith(['advisor']) });
  return fetched;
}

describe("the control's error types", () => {
  it('lets an advisor add a type with its code and both names', async () => {
    const { requests } = render([calculation], [{ method: 'POST', path, answer: () => json(late, { status: 201 }) }]);
    expect(await screen.findByTestId('error-types')).toHaveTextContent('Beräkningsfel');
    const form = screen.getByRole('form', { name: 'Lägg till en feltyp' });
    await userEvent.type(within(form).getByLabelText(/^Kod/), 'sen faktura');
    await userEvent.type(within(form).getByLabelText(/^Namn på svenska/), 'Sen faktura');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect(within(form).getByText(/bara versaler, siffror och understreck/)).toBeInTheDocument();
    expect(within(form).getByText('Fältet måste fyllas i.')).toBeInTheDocument();
    await userEvent.clear(within(form).getByLabelText(/^Kod/));
    await userEvent.type(within(form).getByLabelText(/^Kod/), 'late_invoice');
    await userEvent.type(within(form).getByLabelText(/^Namn på engelska/), 'Late invoice');
    await userEvent.type(within(form).getByLabelText(/^Ordning/), '80');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sen faktura är tillagd.');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ code: 'LATE_INVOICE', nameSv: 'Sen faktura', nameEn: 'Late invoice', active: true, sortOrder: 80 });
  });

  it('retires a type with its version as If-Match, keeping its code', async () => {
    const { requests } = render([calculation], [{ method: 'PUT', path: `${path}/CALCULATION_ERROR`, answer: () => json({ ...calculation, active: false, version: 4 }) }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra Beräkningsfel' }));
    const form = screen.getByRole('form', { name: 'Ändra Beräkningsfel' });
    expect(within(form).getByLabelText(/^Kod/)).toHaveAttribute('readonly');
    await userEvent.click(within(form).getByLabelText('Erbjuds vid nya avdrag'));
    await userEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Beräkningsfel är sparad.');
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toEqual({ code: 'CALCULATION_ERROR', nameSv: 'Beräkningsfel', nameEn: 'Calculation error', active: false, sortOrder: 60 });
  });

  it('says in Swedish when the code exists already', async () => {
    render([calculation], [{ method: 'POST', path, answer: () => problem(409, { status: 409, title: 'Conflict', code: 'CONTROL-016', detail: 'There is an error type CALCULATION_ERROR already' }) }]);
    const form = await screen.findByRole('form', { name: 'Lägg till en feltyp' });
    await userEvent.type(within(form).getByLabelText(/^Kod/), 'CALCULATION_ERROR');
    await userEvent.type(within(form).getByLabelText(/^Namn på svenska/), 'Räknefel');
    await userEvent.type(within(form).getByLabelText(/^Namn på engelska/), 'Miscalculation');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Det finns redan en feltyp med den koden');
  });
});
