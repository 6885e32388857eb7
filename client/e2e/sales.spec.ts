import type { APIRequestContext, Page } from '@playwright/test';
import { admin, expect, snap, test, unique } from './fixtures';

/** An API session for arranging data the screens under test do not create (a product with a known code). */
async function apiSession(request: APIRequestContext): Promise<{ token: string; userId: string }> {
  const response = await request.post('/api/v1/platform/auth/login', { data: admin });
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  return { token: body.accessToken as string, userId: body.user.id as string };
}

interface Stage {
  id: string;
  name: string;
  category: 'Open' | 'Won' | 'Lost';
}

async function defaultPipeline(request: APIRequestContext, token: string): Promise<{ name: string; stages: Stage[] }> {
  const response = await request.get('/api/v1/sales/pipelines', { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok()).toBeTruthy();
  const pipelines = (await response.json()) as { name: string; isDefault: boolean; stages: Stage[] }[];
  return pipelines.find((p) => p.isDefault) ?? pipelines[0]!;
}

/** Captures a lead, qualifies it and converts it with an opportunity; returns the names used. */
async function convertLead(page: Page, options: { closeDate?: string } = {}) {
  const person = unique('E2E Lead');
  const company = unique('E2E Co');
  const email = `${person.replace(/\W+/g, '.').toLowerCase()}@example.test`;
  const deal = unique('E2E Deal');

  await page.goto('/sales/leads');
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New lead' }).click();
  const form = page.getByRole('dialog', { name: 'New lead' });
  await form.getByLabel('Full name').fill(person);
  await form.getByLabel('Company').fill(company);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Source').fill('Web');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: person, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Qualify', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Convert', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Convert', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `Convert ${person}` });
  await expect(dialog).toContainText(`an existing contact with the email ${email} is reused`);
  await expect(dialog.getByRole('checkbox', { name: 'Also create an opportunity' })).toBeChecked();
  await dialog.getByLabel('Opportunity name').fill(deal);
  await dialog.getByLabel('Amount').fill('5000');
  if (options.closeDate) await dialog.getByLabel('Expected close date').fill(options.closeDate);
  await snap(page, 'sales-01-convert-lead');
  await dialog.getByRole('button', { name: 'Convert lead' }).click();

  const done = page.getByRole('dialog', { name: 'Lead converted' });
  await expect(done).toContainText('New contact created');
  await expect(done).toContainText('New account created');
  await expect(done).toContainText('Opportunity created');
  return { person, company, deal, done };
}

test('a rep converts a qualified lead into a contact, an account and an opportunity', async ({ signedIn: page }) => {
  const { deal, done } = await convertLead(page);
  await snap(page, 'sales-02-lead-converted');
  await done.getByRole('link', { name: 'Open opportunity' }).click();
  await expect(page.getByRole('heading', { name: deal, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the lead' })).toBeVisible();
});

test('a rep drags an opportunity across the board to won, giving the reason', async ({ signedIn: page, request }) => {
  const { token, userId } = await apiSession(request);
  const pipeline = await defaultPipeline(request, token);
  const won = pipeline.stages.find((s) => s.category === 'Won')!;
  const { deal } = await convertLead(page);

  // The administrator's own deals only: the demo data fills the board with a dozen reps' deals.
  await page.goto(`/sales/pipeline?owner=${userId}`);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  const card = page.getByRole('listitem', { name: deal, exact: true });
  await expect(card).toBeVisible();
  const wonColumn = page.getByRole('listitem', { name: won.name, exact: true });
  await wonColumn.scrollIntoViewIfNeeded();
  await card.scrollIntoViewIfNeeded();
  await snap(page, 'sales-03-board');

  // A real pointer drag: press on the card's body, move past the activation distance, then over the won column.
  const from = (await card.boundingBox())!;
  const to = (await wonColumn.boundingBox())!;
  await page.mouse.move(from.x + 12, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(120, to.height / 2), { steps: 20 });
  await page.mouse.up();

  const confirm = page.getByRole('dialog', { name: `Mark “${deal}” as won` });
  await expect(confirm).toBeVisible();
  await confirm.getByLabel('Why did we win? (optional)').fill('Fastest rollout');
  await confirm.getByRole('button', { name: 'Mark as won' }).click();
  await expect(page.getByText(`${deal} won`, { exact: true })).toBeVisible();
  await expect(wonColumn.getByRole('link', { name: deal, exact: true })).toBeVisible();
  await snap(page, 'sales-04-board-won');

  await wonColumn.getByRole('link', { name: deal, exact: true }).click();
  await expect(page.getByRole('heading', { name: deal, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Fastest rollout' })).toBeVisible();
});

test('a rep builds a quote with live totals, has it accepted and turns it into an order', async ({ signedIn: page, request }) => {
  const { token } = await apiSession(request);
  const code = unique('E2E').replace(/\W+/g, '-').toUpperCase();
  const product = await request.post('/api/v1/sales/products', {
    headers: { Authorization: `Bearer ${token}` },
    data: { code, name: `E2E product ${code}`, unit: 'seat' },
  });
  expect(product.ok()).toBeTruthy();
  const { deal, done } = await convertLead(page);
  await done.getByRole('link', { name: 'Open opportunity' }).click();
  await expect(page.getByRole('heading', { name: deal, level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Quotes' }).click();
  await page.getByRole('button', { name: 'New quote' }).click();
  await page.getByRole('dialog', { name: `New quote for ${deal}` }).getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: /^Q-\d+ · rev\. 1$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add product' }).click();
  await page.getByRole('combobox', { name: 'Product, line 1' }).fill(code);
  await page.getByRole('option', { name: new RegExp(code) }).click();
  await page.getByRole('spinbutton', { name: 'Quantity, line 1' }).fill('4');
  await page.getByRole('spinbutton', { name: 'Unit price, line 1' }).fill('250');
  await page.getByRole('spinbutton', { name: 'Discount %, line 1' }).fill('10');
  await page.getByRole('spinbutton', { name: 'Tax %, line 1' }).fill('10');
  // 4 × 250 = 1,000; 10% off → 900; 10% tax → 90; total 990 — previewed before saving.
  const totals = page.getByRole('region', { name: /Totals/ });
  await expect(totals).toContainText('Preview');
  await expect(totals).toContainText('990.00');
  await snap(page, 'sales-05-quote-preview');
  await page.getByRole('button', { name: 'Save quote' }).click();
  await expect(totals).not.toContainText('Preview');
  await expect(totals).toContainText('990.00');

  await page.getByRole('button', { name: 'Send to customer' }).click();
  await page.getByRole('button', { name: 'Mark accepted' }).click();
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page.getByRole('heading', { name: /^Order SO-\d+$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Order lines' })).toContainText(code);
  await expect(page.getByRole('table', { name: 'Order lines' })).toContainText('990.00');
  await snap(page, 'sales-06-order');
  await page.getByRole('button', { name: /^Fulfil SO-\d+$/ }).click();
  await expect(page.getByText(/^Order SO-\d+ fulfilled$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Fulfil SO-\d+$/ })).toBeHidden();
});

/** A money text as the screens show it ("$25,500.00", "¥25,500.00") as a number. */
const amountOf = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, '') || '0');

test('a manager sees the forecast change when a deal closing this month is won', async ({ signedIn: page }) => {
  const today = new Date().toISOString().slice(0, 10);
  const period = today.slice(0, 7);
  const closedWon = async () => {
    await page.goto(`/sales/forecast?period=${period}`);
    const summary = page.getByLabel(/^Forecast totals for /);
    await expect(summary).toBeVisible();
    await snap(page, 'sales-07-forecast');
    return amountOf(await summary.locator('div').filter({ hasText: 'Closed won' }).locator('dd').textContent());
  };

  const before = await closedWon();
  await expect(page.getByRole('heading', { name: 'Forecast', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Choose the period' })).toBeVisible();

  const { deal, done } = await convertLead(page, { closeDate: today });
  await done.getByRole('link', { name: 'Open opportunity' }).click();
  await expect(page.getByRole('heading', { name: deal, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mark won', exact: true }).click();
  await page.getByRole('dialog', { name: `Mark “${deal}” as won` }).getByRole('button', { name: 'Mark as won' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Won on/ })).toBeVisible();

  const after = await closedWon();
  expect(after - before).toBeCloseTo(5000, 2);
  await snap(page, 'sales-08-forecast-after-win');
});
