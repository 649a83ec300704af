import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { PartnerContacts } from './partner-contacts';

const contacts = [
  { name: 'Erased person', role: 'Projektledare', email: null, phone: null },
  { name: 'Eva Ek', role: null, email: 'eva@example.org', phone: null },
];

describe('partner contacts', () => {
  afterEach(async () => {
    await i18n.changeLanguage('sv');
  });

  it('names an erased person in the reader’s language, never in the server’s English', async () => {
    await i18n.changeLanguage('sv');
    const { unmount } = render(<PartnerContacts contacts={contacts} />);
    expect(screen.getByRole('cell', { name: 'Anonymiserad person' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Eva Ek' })).toBeInTheDocument();
    expect(screen.queryByText('Erased person')).not.toBeInTheDocument();
    unmount();

    await i18n.changeLanguage('en');
    render(<PartnerContacts contacts={contacts} />);
    expect(screen.getByRole('cell', { name: 'Anonymised person' })).toBeInTheDocument();
  });
});
