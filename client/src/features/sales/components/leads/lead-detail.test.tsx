import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LeadDetails } from '../../model/types';
import { answer, renderWithApp, signIn, stubGet, stubPost } from '../../testing/render';
import { LeadDetail } from './lead-detail';
import { LeadList } from './lead-list';

const lead = (patch: Partial<LeadDetails> = {}): LeadDetails => ({
  id: 'lead-1',
  fullName: 'Zhang Min',
  company: 'Acme Ltd',
  jobTitle: 'CTO',
  email: 'zhang@acme.test',
  phone: null,
  source: 'Web',
  score: 80,
  notes: null,
  status: 'New',
  disqualifyReason: null,
  ownerId: 'u-li',
  teamId: null,
  convertedAt: null,
  contactId: null,
  accountId: null,
  opportunityId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-02T00:00:00Z',
  version: 7,
  history: [{ to: 'New', reason: 'Source: Web', actorId: 'u-li', changedAt: '2026-11-01T00:00:00Z' }],
  ...patch,
});

let get: ReturnType<typeof stubGet>;
beforeEach(() => {
  signIn();
  get = stubGet((path) => (path === '/api/v1/sales/leads/{id}' ? lead() : undefined));
});
afterEach(() => vi.restoreAllMocks());

describe('LeadDetail', () => {
  it('qualifies a new lead with the version it read, then offers conversion', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, lead({ status: 'Qualified', version: 8 })));
    renderWithApp(<LeadDetail id="lead-1" />);

    await screen.findByRole('heading', { name: 'Zhang Min', level: 1 });
    expect(screen.getByRole('button', { name: 'Convert' })).toBeDisabled();
    expect(screen.getByText('Captured as New')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Qualify' }));

    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const [path, init] = post.mock.calls[0] as unknown as [string, { params: { path: { id: string } }; body: unknown }];
    expect(path).toBe('/api/v1/sales/leads/{id}/status');
    expect(init.body).toEqual({ status: 'Qualified', version: 7, reason: null });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Convert' })).toBeEnabled());
  });

  it('asks why before disqualifying', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, lead({ status: 'Disqualified', disqualifyReason: 'No budget', version: 8 })));
    renderWithApp(<LeadDetail id="lead-1" />);
    await user.click(await screen.findByRole('button', { name: 'Disqualify' }));
    const dialog = screen.getByRole('dialog', { name: 'Disqualify Zhang Min' });
    await user.click(within(dialog).getByRole('button', { name: 'Disqualify' }));
    expect(post).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('Why is this lead disqualified?'), 'No budget');
    await user.click(within(dialog).getByRole('button', { name: 'Disqualify' }));
    await waitFor(() => expect((post.mock.calls[0] as unknown as [string, { body: unknown }])[1].body).toEqual({ status: 'Disqualified', version: 7, reason: 'No budget' }));
    expect(await screen.findByText('Disqualified: No budget')).toBeInTheDocument();
  });

  it('is read-only once converted, linking to what it became', async () => {
    vi.restoreAllMocks();
    signIn();
    stubGet((path) =>
      path === '/api/v1/sales/leads/{id}' ? lead({ status: 'Converted', convertedAt: '2026-11-03T00:00:00Z', contactId: 'c-1', opportunityId: 'o-1' }) : undefined,
    );
    renderWithApp(<LeadDetail id="lead-1" />);
    await screen.findByRole('heading', { name: 'Zhang Min', level: 1 });
    expect(screen.queryByRole('button', { name: 'Edit lead' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open contact' })).toHaveAttribute('href', '/customers/contacts/c-1');
    expect(screen.getByRole('link', { name: 'Open opportunity' })).toHaveAttribute('href', '/sales/opportunities/o-1');
  });
});

describe('LeadList', () => {
  it('sends the URL’s filters to the API and keeps a new filter in the URL', async () => {
    const user = userEvent.setup();
    renderWithApp(<LeadList />, { path: '/sales/leads?status=Working&source=Web' });
    await screen.findByText('Nothing matches these filters.');
    const queries = () =>
      (get.mock.calls as unknown as [string, { params: { query: Record<string, unknown> } }][])
        .filter(([path]) => path === '/api/v1/sales/leads')
        .map(([, init]) => init.params.query);
    expect(queries()[0]).toMatchObject({ status: 'Working', source: 'Web', limit: 50 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Li Na');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('ownerId=u-li'));
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ status: 'Working', ownerId: 'u-li' }));
  });
});
