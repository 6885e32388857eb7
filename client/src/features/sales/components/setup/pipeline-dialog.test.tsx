import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/api/client';
import type { PipelineDetails } from '../../model/types';
import { answer, renderWithApp, signIn, stubGet, stubPost } from '../../testing/render';
import { PipelineDialog } from './pipeline-dialog';

const pipeline: PipelineDetails = {
  id: 'p-1',
  name: 'New business',
  isDefault: true,
  isActive: true,
  version: 4,
  stages: [
    { id: 's-1', name: 'Qualify', position: 1, probability: 10, category: 'Open' },
    { id: 's-2', name: 'Propose', position: 2, probability: 50, category: 'Open' },
    { id: 's-3', name: 'Won', position: 3, probability: 100, category: 'Won' },
    { id: 's-4', name: 'Lost', position: 4, probability: 0, category: 'Lost' },
  ],
};

beforeEach(() => {
  signIn(['sales.read', 'sales.manage']);
  stubGet((path) => (path === '/api/v1/sales/pipelines' ? [pipeline] : undefined));
});
afterEach(() => vi.restoreAllMocks());

describe('PipelineDialog', () => {
  it('creates a pipeline from the starter stages, as typed', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(201, { ...pipeline, id: 'p-new' }));
    const onClose = vi.fn();
    renderWithApp(<PipelineDialog onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New pipeline' });
    await user.type(within(dialog).getByLabelText('Pipeline name'), 'Renewals');
    const names = within(dialog).getAllByLabelText('Stage name');
    await user.type(names[0]!, 'Contacted');
    await user.type(names[1]!, 'Renewed');
    await user.type(names[2]!, 'Churned');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect((post.mock.calls[0] as unknown as [string, { body: unknown }])[1].body).toEqual({
      name: 'Renewals',
      isDefault: false,
      stages: [
        { id: null, name: 'Contacted', probability: 10, category: 'Open' },
        { id: null, name: 'Renewed', probability: 100, category: 'Won' },
        { id: null, name: 'Churned', probability: 0, category: 'Lost' },
      ],
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('keeps stages by id when reordered, adds new open stages before the closed ones, and sends the version', async () => {
    const user = userEvent.setup();
    const put = vi.spyOn(api, 'PUT').mockImplementation((() => answer(200, { ...pipeline, version: 5 })) as never);
    renderWithApp(<PipelineDialog pipeline={pipeline} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit pipeline' });

    await user.click(within(dialog).getByRole('button', { name: 'Move Propose up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add stage' }));
    const names = within(dialog).getAllByLabelText('Stage name');
    await user.type(names[2]!, 'Negotiate');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    const [path, init] = put.mock.calls[0] as unknown as [string, { params: { path: { id: string } }; body: { stages: unknown[] } }];
    expect(path).toBe('/api/v1/sales/pipelines/{id}');
    expect(init.params.path.id).toBe('p-1');
    expect(init.body).toMatchObject({ name: 'New business', isDefault: true, isActive: true, version: 4 });
    expect(init.body.stages).toEqual([
      { id: 's-2', name: 'Propose', probability: 50, category: 'Open' },
      { id: 's-1', name: 'Qualify', probability: 10, category: 'Open' },
      { id: null, name: 'Negotiate', probability: 50, category: 'Open' },
      { id: 's-3', name: 'Won', probability: 100, category: 'Won' },
      { id: 's-4', name: 'Lost', probability: 0, category: 'Lost' },
    ]);
  });

  it('shows the server’s rule about stages when it refuses the list', async () => {
    const user = userEvent.setup();
    vi.spyOn(api, 'PUT').mockImplementation((() =>
      answer(400, { status: 400, errors: { stages: ['A pipeline needs at least one open, one won and one lost stage, with unique names.'] } })) as never);
    renderWithApp(<PipelineDialog pipeline={pipeline} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit pipeline' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove Lost' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('A pipeline needs at least one open, one won and one lost stage, with unique names.')).toBeInTheDocument();
  });
});
