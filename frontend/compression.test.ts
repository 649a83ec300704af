import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './compression.ts';

describe('acceptsGzip', () => {
  it('accepts what browsers send', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
  });
  it('refuses no header, other encodings and gzip with q=0', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });
});
