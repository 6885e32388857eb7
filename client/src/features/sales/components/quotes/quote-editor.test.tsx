import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/api/client';
import type { QuoteDetails } from '../../model/types';
import { answer, renderWithApp, signIn, stubGet } from '../../testing/render';
import { QuoteEditor } from './quote-editor';

const line = {
  id: 'l-1',
  position: 1,
  productId: 'p-1',
  productCode: 'SEAT',
  description: 'CRM seat',
  unit: 'seat',
  quantity: 2,
  unitPrice: 100,
  discountPercent: 10,
  taxPercent: 20,
  grossAmount: 200,
  discountAmount: 20,
  netAmount: 180,
  taxAmount: 36,
  totalAmount: 216,
};

const quote = (patch: Partial<QuoteDetails> = {}): QuoteDetails => ({
  id: 'q-1',
  number: 'Q-000042',
  revision: 1,
  isLatest: true,
  opportunityId: 'o-1',
  accountId: 'a-1',
  accountName: 'Acme Ltd',
  contactId: null,
  contactName: null,
  priceListId: 'pl-1',
  currency: 'USD',
  validUntil: '2099-12-31',
  status: 'Draft',
  notes: null,
  subtotal: 180,
  discountTotal: 20,
  taxTotal: 36,
  total: 216,
  sentAt: null,
  decidedAt: null,
  rejectReason: null,
  ownerId: 'u-me',
  teamId: null,
  lines: [line],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 5,
  ...patch,
});

const priceList = {
  id: 'pl-1',
  name: 'Standard',
  currency: 'USD',
  validFrom: null,
  validTo: null,
  isDefault: true,
  priceCount: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
  prices: [{ productId: 'p-1', productCode: 'SEAT', productName: 'CRM seat', unit: 'seat', productActive: true, unitPrice: 100 }],
};

beforeEach(() => {
  signIn();
  stubGet((path) => (path === '/api/v1/sales/quotes/{id}' ? quote() : path === '/api/v1/sales/price-lists/{id}' ? priceList : undefined));
});
afterEach(() => vi.restoreAllMocks());

const totals = () => ({
  subtotal: screen.getByTestId('quote-subtotal').textContent,
  discount: screen.getByTestId('quote-discount').textContent,
  tax: screen.getByTestId('quote-tax').textContent,
  total: screen.getByTestId('quote-total').textContent,
});

describe('QuoteEditor', () => {
  it('shows the server’s totals, previews new ones as the user types, and shows the server’s again after saving', async () => {
    const user = userEvent.setup();
    const put = vi.spyOn(api, 'PUT').mockImplementation((() =>
      answer(200, quote({ version: 6, subtotal: 264, discountTotal: 36, taxTotal: 52.8, total: 316.8, lines: [{ ...line, quantity: 3 }] }))) as never);
    renderWithApp(<QuoteEditor id="q-1" />);

    await screen.findByRole('heading', { name: 'Q-000042 · rev. 1' });
    expect(totals()).toEqual({ subtotal: '$180.00', discount: '$20.00', tax: '$36.00', total: '$216.00' });
    expect(screen.queryByText('Preview')).not.toBeInTheDocument();

    const quantity = screen.getByRole('spinbutton', { name: 'Quantity, line 1' });
    await user.clear(quantity);
    await user.type(quantity, '3');
    // 3 × 100 = 300; 10% off = 30 → 270; 20% tax = 54 → 324.
    expect(totals()).toEqual({ subtotal: '$270.00', discount: '$30.00', tax: '$54.00', total: '$324.00' });
    expect(screen.getByText('Preview')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save quote' }));
    await waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    const [path, init] = put.mock.calls[0] as unknown as [string, { params: { path: { id: string } }; body: unknown }];
    expect(path).toBe('/api/v1/sales/quotes/{id}');
    expect(init.body).toEqual({
      version: 5,
      validUntil: '2099-12-31',
      notes: null,
      lines: [{ productId: 'p-1', quantity: 3, unitPrice: 100, discountPercent: 10, taxPercent: 20, description: null }],
    });
    // The server's figures are authoritative (here deliberately different from the preview).
    await waitFor(() => expect(totals().total).toBe('$316.80'));
    expect(screen.queryByText('Preview')).not.toBeInTheDocument();
  });

  it('rounds the preview as the server does: per line, to cents, midpoint away from zero', async () => {
    const user = userEvent.setup();
    renderWithApp(<QuoteEditor id="q-1" />);
    await screen.findByRole('heading', { name: 'Q-000042 · rev. 1' });

    const set = async (name: string, value: string) => {
      const input = screen.getByRole('spinbutton', { name });
      await user.clear(input);
      await user.type(input, value);
    };
    await set('Quantity, line 1', '1.5');
    await set('Unit price, line 1', '0.7');
    await set('Discount %, line 1', '5');
    await set('Tax %, line 1', '7.5');
    // gross 1.05; discount 0.0525 → 0.05; net 1.00; tax 0.075 → 0.08; total 1.08.
    expect(totals()).toEqual({ subtotal: '$1.00', discount: '$0.05', tax: '$0.08', total: '$1.08' });
    const row = screen.getByRole('spinbutton', { name: 'Quantity, line 1' }).closest('tr')!;
    expect(within(row).getAllByText('$1.00')).toHaveLength(1);
    expect(within(row).getByText('$1.08')).toBeInTheDocument();
  });

  it('prices an empty unit price from the quote’s price list in the preview', async () => {
    const user = userEvent.setup();
    renderWithApp(<QuoteEditor id="q-1" />);
    await screen.findByRole('heading', { name: 'Q-000042 · rev. 1' });
    const price = screen.getByRole('spinbutton', { name: 'Unit price, line 1' });
    await user.clear(price);
    await waitFor(() => expect(price).toHaveAttribute('placeholder', '100'));
    await user.clear(screen.getByRole('spinbutton', { name: 'Discount %, line 1' }));
    // 2 × 100 (from the list), no discount, 20% tax.
    expect(totals()).toEqual({ subtotal: '$200.00', discount: '$0.00', tax: '$40.00', total: '$240.00' });
  });

  it('is read-only once sent, and offers accept and reject instead', async () => {
    vi.restoreAllMocks();
    signIn();
    stubGet((path) => (path === '/api/v1/sales/quotes/{id}' ? quote({ status: 'Sent' }) : path === '/api/v1/sales/price-lists/{id}' ? priceList : undefined));
    renderWithApp(<QuoteEditor id="q-1" />);
    await screen.findByRole('heading', { name: 'Q-000042 · rev. 1' });
    expect(screen.queryByRole('spinbutton', { name: 'Quantity, line 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark accepted' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark rejected' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save quote' })).not.toBeInTheDocument();
  });
});
