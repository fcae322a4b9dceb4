import { defineConfig, devices } from "@playwright/test";
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "seller.spec.ts",
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  outputDir: "/tmp/seller-dev/test-results",
  use: {
    baseURL: "http://localhost:3102",
    trace: "retain-on-failure",
    launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
