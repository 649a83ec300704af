/** The entity version is its ETag: `If-Match: "<version>"`. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
