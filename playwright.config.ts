import { defineConfig, devices } from "@playwright/test";

// Started by scripts/test.ts, which provides a seeded database and a production build.
const port = process.env.E2E_PORT ?? "3210";
const baseURL = `http://localhost:${port}`;
// scripts/test.ts starts the nginx front on E2E_PORT and sets E2E_APP_PORT, where `next start` then
// listens behind it (loopback only); without it, Next serves E2E_PORT itself.
const appPort = process.env.E2E_APP_PORT;
const serverCommand = appPort ? `npx next start -H 127.0.0.1 -p ${appPort}` : `npx next start -p ${port}`;
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  // The journeys change shared demo data (stock, orders, shop status): run them one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: serverCommand,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
