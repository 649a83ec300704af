import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID } from '@/testing/application-fixture';
import { AttachmentUpload } from './attachment-upload';

const path = '/applications/:id';
const at = `/applications/${APPLICATION_ID}`;
const upload = `/api/v1/applications/${APPLICATION_ID}/attachments`;
const file = () => new File(['hej'], 'budget.txt', { type: 'text/plain' });

async function uploadAnswered(answer: () => Response, onUploaded = vi.fn()) {
  const mocked = mockFetch([{ method: 'POST', path: upload, answer }]);
  renderRoute(<AttachmentUpload applicationId={APPLICATION_ID} onUploaded={onUploaded} />, { path, at });
  await userEvent.upload(screen.getByLabelText('Fil'), file());
  await userEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
  return mocked;
}

describe('attachment upload', () => {
  it('sends the file as the body with its name', async () => {
    const onUploaded = vi.fn();
    const { requests } = await uploadAnswered(
      () => json({ id: 'a', fileName: 'budget.txt', mediaType: 'text/plain', sizeBytes: 3, sha256: 'x', uploadedBy: { subject: 's', name: 'n' }, uploadedAt: '2026-02-10T09:00:00Z' }, { status: 201 }),
      onUploaded,
    );
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith('budget.txt'));
    expect(requests[0].url.searchParams.get('fileName')).toBe('budget.txt');
    expect(requests[0].headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it('says at the field that a file is too large (413)', async () => {
    await uploadAnswered(() => problem(413, { title: 'Too large', code: 'ATTACHMENT-001' }));
    const input = screen.getByLabelText('Fil');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Filen är för stor\. Den får vara högst 20 MB\./));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
  });

  it('says at the field that the file type is not allowed (415)', async () => {
    await uploadAnswered(() => problem(415, { title: 'Unsupported', code: 'ATTACHMENT-002' }));
    await waitFor(() => expect(screen.getByLabelText('Fil')).toHaveAccessibleDescription(/Filtypen är inte tillåten\./));
  });

  it('says at the field that the virus scan found malware (422)', async () => {
    await uploadAnswered(() => problem(422, { title: 'Malware found', code: 'UPLOAD-001' }));
    await waitFor(() => expect(screen.getByLabelText('Fil')).toHaveAccessibleDescription(/Filen innehåller skadlig kod/));
  });

  it('says at the field that the virus scan cannot be reached (503), so the file can be sent again', async () => {
    await uploadAnswered(() => problem(503, { title: 'Service unavailable', code: 'UPLOAD-002' }));
    await waitFor(() => expect(screen.getByLabelText('Fil')).toHaveAccessibleDescription(/Virusskyddet går inte att nå/));
  });

  it('asks for a file before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderRoute(<AttachmentUpload applicationId={APPLICATION_ID} onUploaded={vi.fn()} />, { path, at });
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(screen.getByLabelText('Fil')).toHaveAccessibleDescription(/Välj en fil\./);
    expect(requests).toEqual([]);
  });
});
