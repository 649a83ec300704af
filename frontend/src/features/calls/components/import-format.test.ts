import { describe, expect, it } from 'vitest';
import { detectImportFormat, importRowErrors } from './import-format';

describe('import format', () => {
  it('goes by the file name first, then by the content', () => {
    expect(detectImportFormat('Topics.JSON', 'x')).toBe('json');
    expect(detectImportFormat('calls.csv', '[')).toBe('csv');
    expect(detectImportFormat('export', '\uFEFF  [{"topicId":"A"}]')).toBe('json');
    expect(detectImportFormat('export', 'programmeCode,identifier,title\nA,B,C')).toBe('csv');
    expect(detectImportFormat('export', 'something else')).toBeNull();
  });

  it('numbers the rows in error from 1', () => {
    expect(importRowErrors([{ field: 'rows[12].deadline', message: 'm' }, { field: 'file', message: 'n' }])).toEqual([
      { row: 13, field: 'deadline', message: 'm' },
      { row: null, field: 'file', message: 'n' },
    ]);
  });
});
