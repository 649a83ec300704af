import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Readiness, ReadinessItem } from '@/lib/api/types';
import { ReadinessPanel } from './readiness-panel';

const item = (code: string, params?: ReadinessItem['params']): ReadinessItem => ({
  code,
  field: 'partners',
  section: 'PARTNERSHIP',
  message: 'the call allows at most 2 partners, the lead partner included',
  blocking: true,
  about: null,
  params,
});

const readiness = (needs: ReadinessItem[]): Readiness => ({
  status: 'DRAFT',
  nextSteps: [{ action: 'APPROVE_FOR_UNIT', roles: ['coordinator'], people: [], otherPeople: 0, yours: true, ready: false, needs }],
});

describe('ReadinessPanel', () => {
  it('says the call’s cap and the partnership’s size in Swedish, as the refusal would', () => {
    render(<ReadinessPanel readiness={readiness([item('PARTNERSHIP-003', { max: 2, count: 3 })])} actionLabel={() => 'Godkänn'} linkFor={() => null} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Minska partnerskapet: utlysningen tillåter högst 2 partner, huvudpartnern medräknad, och partnerskapet har 3',
    );
    expect(screen.getByRole('listitem')).not.toHaveTextContent('the call allows');
  });

  it('still says an item without figures in its own words', () => {
    render(<ReadinessPanel readiness={readiness([item('PARTNERSHIP-004')])} actionLabel={() => 'Godkänn'} linkFor={() => null} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Ange exakt en huvudpartner i partnerskapet');
  });
});
