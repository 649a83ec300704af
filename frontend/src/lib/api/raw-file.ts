/** Options of an upload whose body is the file itself (`?fileName=` names it), as every upload endpoint takes it. */
export function rawFile(file: File) {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as string,
    headers: { 'Content-Type': 'application/octet-stream' },
  };
}
