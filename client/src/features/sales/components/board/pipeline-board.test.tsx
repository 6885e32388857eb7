import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpportunitySummary, PipelineBoard } from '../../model/types';
import { answer, renderWithApp, signIn, stubGet, stubPost } from '../../testing/render';
import { PipelineBoardPage } from './pipeline-board';

const deal = (id: string, name: string, stageId: string, stageName: string): OpportunitySummary => ({
  id,
  name,
  accountId: 'a-1',
  accountName: 'Acme Ltd',
  contactId: null,
  contactName: null,
  pipelineId: 'p',
  stageId,
  stageName,
  amount: 1000,
  currency: 'USD',
  probability: 20,
  closeDate: '2099-12-01',
  status: 'Open',
  forecastCategory: 'Pipeline',
  nextStep: 'Send the proposal',
  stageEnteredAt: '2026-11-01T00:00:00Z',
  ownerId: 'u-me',
  teamId: null,
  version: 3,
});

const stage = (stageId: string, name: string, category: 'Open' | 'Won' | 'Lost', probability: number, opportunities: OpportunitySummary[] = []) => ({
  stageId,
  name,
  position: 0,
  category,
  probability,
  count: opportunities.length,
  totalAmount: opportunities.reduce((sum, o) => sum + Number(o.amount), 0),
  weightedAmount: 0,
  averageDaysInStage: 12.5,
  opportunities,
});

const board = (): PipelineBoard => ({
  pipelineId: 'p',
  name: 'New business',
  currency: 'USD',
  stages: [
    stage('s-qualify', 'Qualify', 'Open', 20, [deal('o-1', 'Acme rollout', 's-qualify', 'Qualify')]),
    stage('s-propose', 'Propose', 'Open', 60),
    stage('s-won', 'Closed won', 'Won', 100),
    stage('s-lost', 'Closed lost', 'Lost', 0),
  ],
});

const details = (stageId: string, status: 'Open' | 'Won' | 'Lost') => ({ ...deal('o-1', 'Acme rollout', stageId, stageId), status, version: 4 });

beforeEach(() => {
  signIn(['sales.read', 'sales.write']);
  stubGet((path) => (path === '/api/v1/sales/opportunities/board' ? board() : path === '/api/v1/sales/pipelines' ? [] : undefined));
});
afterEach(() => vi.restoreAllMocks());

const column = (name: string) => screen.getByRole('listitem', { name });
const openMenu = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(await screen.findByRole('button', { name: 'Move Acme rollout to a stage' }));
  return screen.getByRole('menu', { name: 'Move Acme rollout to a stage' });
};

describe('PipelineBoardPage', () => {
  it('shows each stage with its deals, count, total and average days in stage', async () => {
    renderWithApp(<PipelineBoardPage />);
    const qualify = await screen.findByRole('listitem', { name: 'Qualify' });
    expect(within(qualify).getByRole('link', { name: 'Acme rollout' })).toHaveAttribute('href', '/sales/opportunities/o-1');
    expect(qualify).toHaveTextContent('1 deal · $1,000.00');
    expect(qualify).toHaveTextContent('Avg 12.5 d in stage');
    expect(qualify).toHaveTextContent('Send the proposal');
    expect(within(qualify).getByRole('button', { name: 'Drag Acme rollout' })).toHaveAttribute('aria-roledescription', 'draggable');
  });

  it('moves a deal to another open stage at once, showing it there before the server answers', async () => {
    const user = userEvent.setup();
    let release: (value: unknown) => void = () => undefined;
    const post = stubPost(() => new Promise((resolve) => (release = resolve)));
    renderWithApp(<PipelineBoardPage />);

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Propose' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(column('Propose')).getByText('Acme rollout')).toBeInTheDocument());
    expect(within(column('Qualify')).queryByText('Acme rollout')).not.toBeInTheDocument();
    const [path, init] = post.mock.calls[0] as unknown as [string, { params: { path: { id: string } }; body: unknown }];
    expect(path).toBe('/api/v1/sales/opportunities/{id}/move');
    expect(init.params.path.id).toBe('o-1');
    expect(init.body).toEqual({ stageId: 's-propose', version: 3 });
    release(await answer(200, details('s-propose', 'Open')));
  });

  it('asks for the reason before closing as won (optional), then calls win with it', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, details('s-won', 'Won')));
    renderWithApp(<PipelineBoardPage />);

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Closed won' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark “Acme rollout” as won' });
    expect(post).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('Why did we win? (optional)'), 'Best integration story');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as won' }));

    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    const [path, init] = post.mock.calls[0] as unknown as [string, { body: unknown }];
    expect(path).toBe('/api/v1/sales/opportunities/{id}/win');
    expect(init.body).toEqual({ version: 3, reason: 'Best integration story' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Acme rollout won')).toBeInTheDocument();
  });

  it('will not close as lost without a reason', async () => {
    const user = userEvent.setup();
    const post = stubPost(() => answer(200, details('s-lost', 'Lost')));
    renderWithApp(<PipelineBoardPage />);

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Closed lost' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark “Acme rollout” as lost' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the reason.');
    expect(post).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('Why did we lose?'), 'Price');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    await waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect(post.mock.calls[0]![0]).toBe('/api/v1/sales/opportunities/{id}/lose');
    expect((post.mock.calls[0] as unknown as [string, { body: unknown }])[1].body).toEqual({ version: 3, reason: 'Price' });
  });

  it('puts the card back where it was when the server refuses the move', async () => {
    const user = userEvent.setup();
    stubPost(() => answer(422, { status: 422, code: 'sales.opportunity_closed', detail: 'The opportunity is closed.' }));
    renderWithApp(<PipelineBoardPage />);

    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Propose' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The opportunity is closed.');
    expect(within(column('Qualify')).getByText('Acme rollout')).toBeInTheDocument();
    expect(within(column('Propose')).queryByText('Acme rollout')).not.toBeInTheDocument();
  });

  it('reloads the board when someone else changed the deal (409)', async () => {
    const user = userEvent.setup();
    const get = stubGet((path) => (path === '/api/v1/sales/opportunities/board' ? board() : path === '/api/v1/sales/pipelines' ? [] : undefined));
    stubPost(() => answer(409, { status: 409, code: 'concurrency.stale_version' }));
    renderWithApp(<PipelineBoardPage />);

    const menu = await openMenu(user);
    const boardCalls = () => (get.mock.calls as unknown as [string][]).filter(([path]) => path === '/api/v1/sales/opportunities/board').length;
    const before = boardCalls();
    await user.click(within(menu).getByRole('menuitem', { name: 'Propose' }));
    expect(await screen.findByText('Someone else changed Acme rollout meanwhile; the board was reloaded. Try again if it still applies.')).toBeInTheDocument();
    await waitFor(() => expect(boardCalls()).toBeGreaterThan(before));
  });

  it('offers no moves to a read-only role', async () => {
    signIn(['sales.read']);
    renderWithApp(<PipelineBoardPage />);
    await screen.findByRole('listitem', { name: 'Qualify' });
    expect(screen.queryByRole('button', { name: 'Move Acme rollout to a stage' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Drag Acme rollout' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New opportunity' })).not.toBeInTheDocument();
  });
});
