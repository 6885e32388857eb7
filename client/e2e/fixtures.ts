import { test as base, expect, type Page } from '@playwright/test';

export const admin = { email: 'admin@crm.local', password: process.env.E2E_ADMIN_PASSWORD ?? 'E2e-Admin-Pa55word!' };

/** Key screens are saved as artifacts (e2e/artifacts/screenshots) for people to look at, pass or fail. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/screenshots/${name}.png`, fullPage: true });
}

/** A page already signed in as the administrator (through the API, as the SPA would store it), in English. */
export const test = base.extend<{ signedIn: Page }>({
  signedIn: async ({ page, request }, use) => {
    const response = await request.post('/api/v1/platform/auth/login', { data: admin });
    expect(response.ok()).toBeTruthy();
    const tokens = await response.json();
    const session = {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: Date.parse(tokens.accessTokenExpiresAt),
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: Date.parse(tokens.refreshTokenExpiresAt),
      user: tokens.user,
    };
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('e2e.seeded')) {
        localStorage.setItem('crm.session', value);
        localStorage.setItem('crm.language', 'en');
        sessionStorage.setItem('e2e.seeded', '1');
      }
    }, JSON.stringify(session));
    await use(page);
  },
});

export { expect };

/** A name no earlier run used, so tests never trip over each other's data. */
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
