import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactSummary } from '../model/types';
import { renderWithApp, signIn, stubGet } from '../testing/render';
import { RecordList } from './record-list';

const row = (id: string, fullName: string, fuzzy = false): ContactSummary => ({
  id,
  fullName,
  email: `${id}@example.com`,
  tier: 'A',
  stage: 'New',
  relationship: 'Forming',
  ownerId: 'u-li',
  tags: [],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 1,
  fuzzy,
});

let get: ReturnType<typeof stubGet>;
const listQueries = () =>
  (get.mock.calls as unknown as [string, { params: { query: Record<string, unknown> } }][])
    .filter(([path]) => path === '/api/v1/customers/contacts')
    .map(([, init]) => init.params.query);

beforeEach(() => {
  signIn(['customers.read']);
  get = stubGet((path) => (path === '/api/v1/customers/contacts' ? { items: [row('c-1', 'Wang Wei'), row('c-2', 'Wang Wie', true)], nextCursor: null } : undefined));
});
afterEach(() => vi.restoreAllMocks());

describe('RecordList', () => {
  it('sends the URL’s filters to the API, and keeps new filters in the URL', async () => {
    const user = userEvent.setup();
    renderWithApp(<RecordList kind="contacts" />, { path: '/customers/contacts?tier=A&sort=updatedAt' });

    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(listQueries()[0]).toMatchObject({ tier: 'A', sort: 'updatedAt', limit: 50 });
    // Fuzzy matches are marked as similar.
    expect(within(within(table).getByText('Wang Wie').closest('tr')!).getByText('Similar')).toBeInTheDocument();
    expect(within(within(table).getByText('Wang Wei').closest('tr')!).queryByText('Similar')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Loyal');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/customers/contacts?tier=A&stage=Loyal&sort=updatedAt'));
    await waitFor(() => expect(listQueries().at(-1)).toMatchObject({ tier: 'A', stage: 'Loyal' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Li Na');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('owner=u-li'));
    expect(screen.getByRole('button', { name: 'Remove filter Owner: Li Na' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove filter Tier: A' }));
    await waitFor(() => expect(screen.getByTestId('location')).not.toHaveTextContent('tier='));
    await waitFor(() => expect(listQueries().at(-1)).toEqual({ stage: 'Loyal', ownerId: 'u-li', sort: 'updatedAt', limit: 50, cursor: undefined }));
  });

  it('searches as you type, after a pause, through the URL', async () => {
    const user = userEvent.setup();
    renderWithApp(<RecordList kind="contacts" />, { path: '/customers/contacts' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search contacts' }), 'wang');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/customers/contacts?q=wang'), { timeout: 2000 });
    await waitFor(() => expect(listQueries().at(-1)).toMatchObject({ q: 'wang' }));
    // One request for the whole word, not one per keystroke.
    expect(listQueries().filter((q) => q.q !== undefined)).toHaveLength(1);
  });

  it('sorts by a column header and hides what the role cannot do', async () => {
    const user = userEvent.setup();
    renderWithApp(<RecordList kind="contacts" />, { path: '/customers/contacts' });
    await user.click(await screen.findByRole('button', { name: 'Sort by Updated' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('sort=updatedAt&dir=asc'));
    expect(screen.queryByRole('button', { name: 'New contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
  });
});
