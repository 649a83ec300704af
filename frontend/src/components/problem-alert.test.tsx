import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('says the input bounds and a claim full of lines in Swedish, not in the server English', () => {
    const error = new ApiError(400, {
      status: 400,
      code: 'VALIDATION',
      detail: 'The request has invalid fields',
      errors: [{ field: 'indicators[0].name', message: 'must not contain control characters (found U+0000)', code: 'ControlCharacters' }],
    });
    render(<ProblemAlert error={error} extraErrors={error.problem.errors} />);
    expect(screen.getByRole('alert')).toHaveTextContent('indicators[0].name: Får inte innehålla styrtecken');
    expect(screen.getByRole('alert')).not.toHaveTextContent('U+0000');
  });

  it('uses its own words for a code it knows and the server detail otherwise', () => {
    const full = new ApiError(409, {
      status: 409,
      code: 'REPORT-020',
      params: { max: 20000 },
      detail: 'A claim holds at most 20000 expenditure lines',
    });
    const { unmount } = render(<ProblemAlert error={full} />);
    expect(screen.getByRole('alert')).toHaveTextContent('högst 20 000 utgiftsrader');
    unmount();
    const { unmount: unmountOther } = render(<ProblemAlert error={new ApiError(409, { status: 409, code: 'OTHER', detail: 'Something else' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something else');
    unmountOther();
    // A text whose figure the answer lacks is not shown with a hole in it: the server's detail instead.
    render(<ProblemAlert error={new ApiError(409, { status: 409, code: 'REPORT-020', detail: 'At most 20000 lines' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('At most 20000 lines');
  });
});
