import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pager, pageCount, roughly } from './pager';

describe('Pager', () => {
  it('shows the range of the current page', () => {
    render(<Pager page={1} size={20} total={45} onPageChange={() => {}} />);
    expect(screen.getByText('Visar 21–40 av 45')).toBeInTheDocument();
    expect(screen.getByText('Sida 2 av 3')).toBeInTheDocument();
  });

  it('disables "previous" on the first page and "next" on the last', () => {
    const { rerender } = render(<Pager page={0} size={20} total={45} onPageChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Föregående sida' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Nästa sida' })).toBeEnabled();
    rerender(<Pager page={2} size={20} total={45} onPageChange={() => {}} />);
    expect(screen.getByText('Visar 41–45 av 45')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nästa sida' })).toBeDisabled();
  });

  it('asks for the neighbouring pages', async () => {
    const onPageChange = vi.fn();
    render(<Pager page={1} size={20} total={45} onPageChange={onPageChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Nästa sida' }));
    await userEvent.click(screen.getByRole('button', { name: 'Föregående sida' }));
    expect(onPageChange.mock.calls).toEqual([[2], [0]]);
  });

  it('shows no buttons for a single page and says when nothing was found', () => {
    const { rerender } = render(<Pager page={0} size={20} total={5} onPageChange={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<Pager page={0} size={20} total={0} onPageChange={() => {}} />);
    expect(screen.getByText('Inga träffar.')).toBeInTheDocument();
  });

  it('counts pages', () => {
    expect(pageCount(20, 0)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(20, 21)).toBe(2);
  });

  it('says "cirka" of an estimated total, to two significant digits', () => {
    render(<Pager page={0} size={20} total={20013} estimated onPageChange={() => {}} />);
    expect(screen.getByText(/^Visar 1–20 av cirka 20\s000$/)).toBeInTheDocument();
    expect(screen.getByText(/^Sida 1 av cirka 1\s000$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nästa sida' })).toBeEnabled();
  });

  it('rounds estimates only as far as two digits', () => {
    expect(roughly(20013)).toBe(20000);
    expect(roughly(1049)).toBe(1000);
    expect(roughly(1051)).toBe(1100);
    expect(roughly(57)).toBe(57);
  });
});
