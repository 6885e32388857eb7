import { admin, expect, snap, test } from './fixtures';

test('a new user signs in, sees the workspace, switches to Chinese and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Sign in to Crm' })).toBeVisible();
  await snap(page, '01-login');

  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('not right');

  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/customers\/contacts/);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  await page.getByRole('button', { name: 'Administrator' }).click();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('link', { name: '联系人' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Escape');
  await snap(page, '09-chinese');

  await page.getByRole('button', { name: 'Administrator' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: '登录 Crm' })).toBeVisible();
});

test('a signed-out visitor is sent to sign in and comes back to the page they asked for', async ({ page }) => {
  await page.goto('/customers/accounts');
  await expect(page).toHaveURL(/\/login\?next=%2Fcustomers%2Faccounts/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/customers\/accounts$/);
});
