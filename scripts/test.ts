// `npm test`: lint, typecheck, Vitest against a throwaway PostgreSQL database, then the Playwright
// journeys in Chromium against a production build serving freshly seeded demo data.
import { rmSync } from "node:fs";
import { buildIsCurrent, recordBuild } from "./lib/build-stamp";
import { CHROMIUM_PATH, ensureChromium } from "./lib/chromium";
import { findTestServer } from "./lib/find-postgres";
import { setUpPayments } from "./lib/local-stripe";
import { startMediaServer } from "./lib/media-server";
import { run, step } from "./lib/run";
import { countResults } from "./lib/test-counts";
import { createThrowawayDatabase } from "./lib/throwaway-db";

// The same build `npm start` serves; it prerenders the storefront from this run's database.
const E2E_DIST_DIR = ".next";
const VITEST_REPORT = ".test-reports/vitest.json";
const PLAYWRIGHT_REPORT = ".test-reports/playwright.json";
const E2E_PORT = process.env.E2E_PORT ?? "3210";
const E2E_SECRET = "e2e-secret-not-for-production-use";

async function endToEnd(baseEnv: NodeJS.ProcessEnv, embedded: boolean, specs: string[]) {
  step("Browser tests: Chromium");
  ensureChromium();
  step("Browser tests: a fresh database with the demo data");
  const database = await createThrowawayDatabase("e2e");
  const appUrl = `http://localhost:${E2E_PORT}`;
  const payments = await setUpPayments({ appUrl, port: 0, alwaysLocal: true });
  // nginx-rtmp on ports derived from E2E_PORT, so parallel runs do not collide. When it cannot run,
  // the video journeys fail with the reason (tests/e2e/support/live.ts); the others still run.
  const media = await startMediaServer({
    folder: `.data/e2e-live-${E2E_PORT}`,
    rtmpPort: 10_000 + Number(E2E_PORT),
    httpPort: 20_000 + Number(E2E_PORT),
    appUrl,
    sessionSecret: E2E_SECRET,
    fresh: true,
  });
  try {
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      ...payments.env,
      ...(media.ok ? media.server.env : { LIVE_MEDIA_UNAVAILABLE: media.reason }),
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: embedded ? "1" : "10",
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: appUrl,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      E2E_PORT,
      CHROMIUM_PATH,
    };
    await run("npx", ["tsx", "prisma/seed.ts"], env);
    if (!buildIsCurrent(E2E_DIST_DIR, database.url)) {
      step("Browser tests: production build");
      await run("npm", ["run", "build"], env);
      recordBuild(E2E_DIST_DIR, database.url);
    }
    step("Browser tests: Playwright");
    await run("npx", ["playwright", "test", ...specs], {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
    });
  } finally {
    if (media.ok) await media.server.stop();
    await payments.local?.stop();
    await database.drop();
  }
}

async function main() {
  // `npm test [static|unit|e2e] [spec files…]`: one part only, and for e2e only those journeys.
  const [only, ...specs] = process.argv.slice(2);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  rmSync(".test-reports", { recursive: true, force: true });
  if (!only || only === "static") {
    step("Lint and format (Biome)");
    await run("npx", ["biome", "check", "."], env);
    step("Typecheck");
    // Route-aware types (PageProps, next/root-params) are generated from app/, as `next build` does.
    await run("npx", ["next", "typegen"], env);
    await run("npx", ["tsc", "--noEmit"], env);
  }
  const server = await findTestServer();
  const embedded = server === "embedded";
  console.log(
    embedded
      ? "No PostgreSQL answered: using the embedded one."
      : `PostgreSQL server: ${new URL(server).host}`,
  );
  env.TEST_DATABASE_SERVER_URL = server;
  // PGlite answers one query at a time; a larger pool would interleave transactions on it.
  if (embedded) env.DATABASE_POOL_MAX = "1";
  if (!only || only === "unit") {
    step("Unit and integration tests (Vitest, real PostgreSQL)");
    await run(
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_REPORT}`],
      env,
    );
  }
  if (!only || only === "e2e") await endToEnd(env, embedded, specs);
  const { passed, failed } = countResults(VITEST_REPORT, PLAYWRIGHT_REPORT);
  console.log(`\n✔ npm test passed\n${passed} passed, ${failed} failed`);
}

main().catch((error: unknown) => {
  console.error(`\n✖ npm test failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
