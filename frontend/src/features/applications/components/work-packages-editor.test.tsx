import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formToApplicationRequest, emptyApplicationForm, validateApplicationForm, workPackageFieldErrors, type WorkPackageFormValues } from './application-form-values';
import { WorkPackagesEditor } from './work-packages-editor';

let latest: WorkPackageFormValues[] = [];

function Harness({ initial = [], errors = {} }: { initial?: WorkPackageFormValues[]; errors?: Record<string, string> }) {
  const [value, setValue] = useState(initial);
  latest = value;
  return <WorkPackagesEditor formId="f" value={value} onChange={setValue} errors={errors} />;
}

describe('work package editor', () => {
  it('adds packages, numbered, with focus on the new heading field', async () => {
    render(<Harness />);
    expect(screen.getByText('Inga arbetspaket ännu.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till arbetspaket' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till arbetspaket' }));
    const second = screen.getByRole('group', { name: 'Arbetspaket 2' });
    expect(within(second).getByLabelText(/^Rubrik/)).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Arbetspaket 1' })).toBeInTheDocument();
    expect(latest).toHaveLength(2);
  });

  it('keeps activities and deliverables one per line and removes the chosen package', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till arbetspaket' }));
    const first = screen.getByRole('group', { name: 'Arbetspaket 1' });
    await userEvent.type(within(first).getByLabelText(/^Rubrik/), 'Förberedelser');
    await userEvent.type(within(first).getByLabelText(/^Aktiviteter/), 'Rekrytera lärare{Enter}{Enter}Boka lokaler');
    await userEvent.type(within(first).getByLabelText(/^Leveranser/), 'Kursplan');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till arbetspaket' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Arbetspaket 2' })).getByLabelText(/^Rubrik/), 'Genomförande');

    const request = formToApplicationRequest({ ...emptyApplicationForm('u'), title: 'T', workPackages: latest });
    expect(request.workPackages).toEqual([
      { title: 'Förberedelser', description: null, activities: ['Rekrytera lärare', 'Boka lokaler'], deliverables: ['Kursplan'] },
      { title: 'Genomförande', description: null, activities: [], deliverables: [] },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort arbetspaket 1' }));
    expect(latest.map((item) => item.title)).toEqual(['Genomförande']);
    expect(screen.queryByRole('group', { name: 'Arbetspaket 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lägg till arbetspaket' })).toHaveFocus();
  });

  it('requires a heading per package and shows errors at the package fields', () => {
    const values = { ...emptyApplicationForm('u'), title: 'T', workPackages: [{ title: ' ', description: '', activities: '', deliverables: '' }] };
    expect(validateApplicationForm(values, 'Obligatoriskt')).toEqual({ 'workPackages.0.title': 'Obligatoriskt' });
    render(<Harness initial={values.workPackages} errors={{ 'workPackages.0.deliverables': 'för många' }} />);
    expect(screen.getByLabelText(/^Leveranser/)).toHaveAccessibleDescription(/för många/);
  });

  it('maps the server errors of packages to their fields, not to the application title', () => {
    const errors = workPackageFieldErrors({
      errors: [
        { field: 'create.request.workPackages[1].title', message: 'får inte vara tomt' },
        { field: 'create.request.acronym', message: 'för lång' },
      ],
    });
    expect(errors['workPackages.1.title']).toBe('får inte vara tomt');
    expect(errors.title).toBeUndefined();
  });
});
