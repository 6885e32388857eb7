import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/api/client';
import { answer, renderWithApp, signIn, stubGet } from '../testing/render';
import { RecordFormDialog } from './record-form-dialog';

beforeEach(() => {
  signIn();
  stubGet();
});
afterEach(() => vi.restoreAllMocks());

describe('RecordFormDialog', () => {
  it('shows the server’s validation messages on their fields', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() =>
      answer(400, {
        title: 'One or more fields are invalid.',
        code: 'validation.failed',
        errors: { email: ['Enter a valid email address.'], 'address.postalCode': ['Too long.'] },
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RecordFormDialog kind="contacts" onClose={() => undefined} />);

    await user.type(screen.getByLabelText('Full name'), 'Wang Wei');
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const email = await screen.findByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('Too long.');
    expect(screen.getByLabelText('Full name')).not.toHaveAttribute('aria-invalid');
    expect(post).toHaveBeenCalledWith('/api/v1/customers/contacts', {
      body: expect.objectContaining({ fullName: 'Wang Wei', email: 'not-an-email', allowDuplicate: false }),
    });
  });

  const duplicate = {
    title: 'Conflict',
    code: 'customers.possible_duplicates',
    candidates: [{ id: 'c-existing', name: 'Wang Wei', email: 'wang@example.com', phone: null, matchedOn: 'email' }],
  };

  it('on likely duplicates, “Create anyway” sends the form again with allowDuplicate', async () => {
    const post = vi
      .spyOn(api, 'POST')
      .mockImplementationOnce(() => answer(409, duplicate))
      .mockImplementationOnce(() => answer(201, { id: 'c-new', version: 1 }));
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<RecordFormDialog kind="contacts" onClose={onClose} />, { path: '/customers/contacts' });

    await user.type(screen.getByLabelText('Full name'), 'Wang Wei');
    await user.type(screen.getByLabelText('Email'), 'wang@example.com');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const table = await screen.findByRole('table', { name: 'Possible duplicates' });
    const row = within(table).getByRole('row', { name: /Wang Wei/ });
    expect(within(row).getByText('wang@example.com')).toBeInTheDocument();
    expect(within(row).getByText('Email')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/customers/contacts/c-new'));
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[1]![1]).toEqual({ body: expect.objectContaining({ fullName: 'Wang Wei', allowDuplicate: true }) });
    expect(onClose).toHaveBeenCalled();
  });

  it('on likely duplicates, “Open existing” goes to that record without creating one', async () => {
    const post = vi.spyOn(api, 'POST').mockImplementation(() => answer(409, duplicate));
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<RecordFormDialog kind="contacts" onClose={onClose} />, { path: '/customers/contacts' });

    await user.type(screen.getByLabelText('Full name'), 'Wang Wei');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await user.click(await screen.findByRole('button', { name: 'Open existing' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/customers/contacts/c-existing'));
    expect(onClose).toHaveBeenCalled();
    expect(post).toHaveBeenCalledTimes(1);
  });
});
