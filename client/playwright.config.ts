import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the real API host, built in
// Release with the SPA in its wwwroot, on a real PostgreSQL database. ./build.sh test provides the database
// (E2E_CONNECTION_STRING) and the port; run alone, point E2E_BASE_URL at a running ./build.sh run instead.
const port = Number(process.env.E2E_PORT ?? 5180);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e/artifacts/results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? './e2e/artifacts/report.json' }]],
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Root needs --no-sandbox; the rest keep Chromium off the (closed) network at start-up.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1400, height: 900 } } }],
  webServer: external
    ? undefined
    : {
        command: `dotnet Crm.Api.dll --urls ${baseURL}`,
        cwd: '../src/Crm.Api/bin/Release/net10.0',
        url: `${baseURL}/health/ready`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ConnectionStrings__Crm: process.env.E2E_CONNECTION_STRING ?? '',
          Auth__SigningKey: 'e2e-signing-key-that-is-long-enough-for-hs256-tokens',
          Bootstrap__AdminPassword: process.env.E2E_ADMIN_PASSWORD ?? 'E2e-Admin-Pa55word!',
          Database__MigrateOnStartup: 'true',
          Demo__Seed: 'true',
          RateLimits__LoginPerMinute: '10000',
        },
      },
});
