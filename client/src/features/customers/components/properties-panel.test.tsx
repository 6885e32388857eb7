import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/api/client';
import { useRecord } from '../api/get-record';
import type { ContactDetails } from '../model/types';
import { answer, renderWithApp, signIn, stubGet } from '../testing/render';
import { PropertiesPanel } from './properties-panel';

const record: ContactDetails = {
  id: 'c-1',
  fullName: 'Wang Wei',
  email: 'old@example.com',
  phone: '123',
  address: { city: 'Shanghai' },
  tags: ['vip'],
  tier: 'B',
  stage: 'New',
  relationship: 'Forming',
  ownerId: 'u-me',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
  version: 3,
  purchases: { orderCount: 0, totalValue: 0 },
};
// Someone else changed the phone (and so the version) while we edited.
const theirs: ContactDetails = { ...record, phone: '999', version: 4 };
const stale = { title: 'Conflict', code: 'concurrency.stale_version', currentVersion: 4, current: theirs };
/** The record as the fake server holds it: GET answers it, and each fake PUT outcome sets it. */
let server: ContactDetails = record;
const staleSave = () => {
  server = theirs;
  return answer(409, stale);
};
const saved = (next: ContactDetails) => () => {
  server = next;
  return answer(200, next);
};

function Harness() {
  const { data } = useRecord('contacts', 'c-1');
  return data ? <PropertiesPanel kind="contacts" record={data} /> : null;
}

beforeEach(() => {
  signIn();
  server = record;
  stubGet((path) => (path === '/api/v1/customers/contacts/{id}' ? server : undefined));
});
afterEach(() => vi.restoreAllMocks());

async function editEmail() {
  const user = userEvent.setup();
  renderWithApp(<Harness />);
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const email = screen.getByLabelText('Email');
  await user.clear(email);
  await user.type(email, 'mine@example.com');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return user;
}

describe('PropertiesPanel on a stale save (409)', () => {
  it('compares my edits with the record now on the server, field by field', async () => {
    vi.spyOn(api, 'PUT').mockImplementation(staleSave);
    await editEmail();

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    expect(cells).toEqual([
      ['Email', 'old@example.com', 'mine@example.com'],
      ['Phone', '999', '123'],
    ]);
  });

  it('“apply my changes again” sends my changed fields on top of their version', async () => {
    const put = vi
      .spyOn(api, 'PUT')
      .mockImplementationOnce(staleSave)
      .mockImplementationOnce(saved({ ...theirs, email: 'mine@example.com', version: 5 }));
    const user = await editEmail();

    await user.click(await screen.findByRole('button', { name: 'Apply my changes again' }));
    await waitFor(() => expect(put).toHaveBeenCalledTimes(2));
    expect(put.mock.calls[0]![1]).toMatchObject({ body: { version: 3, email: 'mine@example.com', phone: '123' } });
    expect(put.mock.calls[1]![1]).toMatchObject({ params: { path: { id: 'c-1' } }, body: { version: 4, email: 'mine@example.com', phone: '999', fullName: 'Wang Wei' } });
    // Saved: back to reading, with both changes.
    expect(await screen.findByText('mine@example.com')).toBeInTheDocument();
    expect(screen.getByText('999')).toBeInTheDocument();
  });

  it('“discard mine and reload” shows their version and leaves edit mode', async () => {
    const put = vi.spyOn(api, 'PUT').mockImplementation(staleSave);
    const user = await editEmail();

    await user.click(await screen.findByRole('button', { name: 'Discard mine and reload' }));
    expect(await screen.findByText('999')).toBeInTheDocument();
    expect(screen.getByText('old@example.com')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(put).toHaveBeenCalledTimes(1);
  });
});
