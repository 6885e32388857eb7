import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDay } from '../../model/period';
import type { LeadDetails } from '../../model/types';
import { answer, renderWithApp, signIn, stubGet, stubPost } from '../../testing/render';
import { ConvertLeadDialog, convertPayload } from './convert-lead-dialog';

const lead: LeadDetails = {
  id: 'lead-1',
  fullName: 'Zhang Min',
  company: 'Acme Ltd',
  jobTitle: 'CTO',
  email: 'zhang@acme.test',
  phone: null,
  source: 'Web',
  score: 80,
  notes: null,
  status: 'Qualified',
  disqualifyReason: null,
  ownerId: 'u-me',
  teamId: null,
  convertedAt: null,
  contactId: null,
  accountId: null,
  opportunityId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-02T00:00:00Z',
  version: 7,
  history: [],
};

const pipelines = [
  { id: 'p-default', name: 'New business', isDefault: true, isActive: true, stages: [], version: 1 },
  { id: 'p-renew', name: 'Renewals', isDefault: false, isActive: true, stages: [], version: 1 },
  { id: 'p-old', name: 'Retired', isDefault: false, isActive: false, stages: [], version: 1 },
];

beforeEach(() => {
  signIn();
  stubGet((path) => (path === '/api/v1/sales/pipelines' ? pipelines : undefined));
});
afterEach(() => vi.restoreAllMocks());

describe('convertPayload', () => {
  it('leaves the opportunity out entirely when none is wanted', () => {
    expect(convertPayload({ createOpportunity: false, opportunityName: 'x', amount: '5', currency: 'EUR', closeDate: '2026-12-01', pipelineId: 'p' }, 4)).toEqual({
      version: 4,
      createOpportunity: false,
    });
  });

  it('sends empty fields as null so the server applies its defaults', () => {
    expect(convertPayload({ createOpportunity: true, opportunityName: '  ', amount: '', currency: '', closeDate: '', pipelineId: '' }, 4)).toEqual({
      version: 4,
      createOpportunity: true,
      opportunityName: null,
      amount: null,
      currency: null,
      closeDate: null,
      pipelineId: null,
    });
  });
});

describe('ConvertLeadDialog', () => {
  it('says what will be found or created, sends the opportunity fields, then links to what was made', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, { leadId: 'lead-1', contactId: 'c-9', contactCreated: false, accountId: 'a-3', accountCreated: true, opportunityId: 'o-5' }));
    renderWithApp(<ConvertLeadDialog lead={lead} onClose={() => undefined} />);

    const dialog = await screen.findByRole('dialog', { name: 'Convert Zhang Min' });
    expect(dialog).toHaveTextContent('an existing contact with the email zhang@acme.test is reused instead of duplicated');
    expect(dialog).toHaveTextContent('an account for Acme Ltd');
    expect(within(dialog).getByRole('checkbox', { name: 'Also create an opportunity' })).toBeChecked();

    await user.type(within(dialog).getByLabelText('Opportunity name'), 'Acme – platform');
    await user.type(within(dialog).getByLabelText('Amount'), '12000.50');
    await user.type(within(dialog).getByLabelText('Currency'), 'eur');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: 'Renewals' })).toBeInTheDocument());
    expect(within(dialog).queryByRole('option', { name: 'Retired' })).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Pipeline'), 'Renewals');
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const [path, init] = post.mock.calls[0] as unknown as [string, { params: { path: { id: string } }; body: unknown }];
    expect(path).toBe('/api/v1/sales/leads/{id}/convert');
    expect(init.params.path.id).toBe('lead-1');
    expect(init.body).toEqual({
      version: 7,
      createOpportunity: true,
      opportunityName: 'Acme – platform',
      amount: 12000.5,
      currency: 'EUR',
      closeDate: isoDay(30),
      pipelineId: 'p-renew',
    });

    const done = await screen.findByRole('dialog', { name: 'Lead converted' });
    expect(done).toHaveTextContent('Existing contact found by email and reused');
    expect(done).toHaveTextContent('New account created');
    expect(within(done).getByRole('link', { name: 'Open contact' })).toHaveAttribute('href', '/customers/contacts/c-9');
    expect(within(done).getByRole('link', { name: 'Open account' })).toHaveAttribute('href', '/customers/accounts/a-3');
    expect(within(done).getByRole('link', { name: 'Open opportunity' })).toHaveAttribute('href', '/sales/opportunities/o-5');
  });

  it('converts without an opportunity when the box is cleared', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, { leadId: 'lead-1', contactId: 'c-1', contactCreated: true, accountId: null, accountCreated: false, opportunityId: null }));
    renderWithApp(<ConvertLeadDialog lead={{ ...lead, company: null }} onClose={() => undefined} />);

    const dialog = await screen.findByRole('dialog', { name: 'Convert Zhang Min' });
    expect(dialog).toHaveTextContent('no account (the lead names no company)');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Also create an opportunity' }));
    expect(within(dialog).queryByLabelText('Opportunity name')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect((post.mock.calls[0] as unknown as [string, { body: unknown }])[1].body).toEqual({ version: 7, createOpportunity: false });
    const done = await screen.findByRole('dialog', { name: 'Lead converted' });
    expect(done).toHaveTextContent('New contact created');
    expect(within(done).queryByRole('link', { name: 'Open opportunity' })).not.toBeInTheDocument();
  });

  it('shows a refusal from the server (lead no longer qualified) and stays open', async () => {
    const user = userEvent.setup();
    stubPost(() => answer(422, { status: 422, code: 'sales.lead_not_qualified', detail: 'Only a qualified lead can be converted.' }));
    renderWithApp(<ConvertLeadDialog lead={lead} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Convert Zhang Min' });
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Only a qualified lead can be converted.');
  });
});
