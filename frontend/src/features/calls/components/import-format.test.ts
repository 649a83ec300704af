import { describe, expect, it } from 'vitest';
import { detectImportFormat } from './import-format';

describe('import format', () => {
  it('goes by the file name first, then by the content', () => {
    expect(detectImportFormat('Topics.JSON', 'x')).toBe('json');
    expect(detectImportFormat('calls.csv', '[')).toBe('csv');
    expect(detectImportFormat('export', '\uFEFF  [{"topicId":"A"}]')).toBe('json');
    expect(detectImportFormat('export', 'programmeCode,identifier,title\nA,B,C')).toBe('csv');
    expect(detectImportFormat('export', 'something else')).toBeNull();
  });
});
