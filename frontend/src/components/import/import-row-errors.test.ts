import { describe, expect, it } from 'vitest';
import { importRowErrors } from './import-row-errors';

describe('import row errors', () => {
  it('numbers the rows in error from 1', () => {
    expect(importRowErrors([{ field: 'rows[12].deadline', message: 'm' }, { field: 'file', message: 'n' }])).toEqual([
      { row: 13, field: 'deadline', message: 'm' },
      { row: null, field: 'file', message: 'n' },
    ]);
  });
});
