// `npm test`: lint, typecheck, Vitest against a throwaway PostgreSQL database, then the Playwright
// journeys in Chromium against a production build serving freshly seeded demo data.
import { rmSync } from "node:fs";
import { buildIsCurrent, recordBuild } from "./lib/build-stamp";
import { CHROMIUM_PATH, ensureChromium } from "./lib/chromium";
import { findTestServer } from "./lib/find-postgres";
import { behindFrontEnv, loopbackListen, startFront } from "./lib/front/server";
import { setUpPayments } from "./lib/local-stripe";
import { startMediaServer } from "./lib/media-server";
import { run, runLogged, step } from "./lib/run";
import { countResults } from "./lib/test-counts";
import { createThrowawayDatabase } from "./lib/throwaway-db";

// The same build `npm start` serves; it prerenders the storefront from this run's database.
const E2E_DIST_DIR = ".next";
const VITEST_REPORT = ".test-reports/vitest.json";
const PLAYWRIGHT_REPORT = ".test-reports/playwright.json";
const E2E_PORT = process.env.E2E_PORT ?? "3210";
// `next start` behind the nginx front, which takes E2E_PORT: the journeys run the way the product runs.
const E2E_APP_PORT = process.env.E2E_APP_PORT ?? String(30_000 + Number(E2E_PORT));
const E2E_PREPARE_LOG = ".test-reports/e2e-prepare.log";
const E2E_SECRET = "e2e-secret-not-for-production-use";

type EndToEnd = { env: NodeJS.ProcessEnv; stop: () => Promise<void> };

/**
 * Everything the journeys need before Playwright starts: Chromium, a seeded database, the local
 * Stripe server and a production build. It runs beside Vitest (the build is most of its time), with
 * its output in a log file that is printed if it fails.
 */
async function prepareEndToEnd(
  baseEnv: NodeJS.ProcessEnv,
  embedded: boolean,
  typesChecked: boolean,
): Promise<EndToEnd> {
  const database = await createThrowawayDatabase("e2e");
  // After the first await, so Vitest is already running while apt installs Chromium.
  ensureChromium();
  const appUrl = `http://localhost:${E2E_PORT}`;
  const payments = await setUpPayments({ appUrl, port: 0, alwaysLocal: true });
  // Without nginx the journeys run against Next directly (playwright.config.ts reads E2E_APP_PORT).
  const front = await startFront({
    folder: `.data/e2e-front-${E2E_PORT}`,
    port: Number(E2E_PORT),
    listen: loopbackListen(Number(E2E_PORT)),
    appPort: Number(E2E_APP_PORT),
  });
  if (!front.ok) console.warn(`The journeys run without the nginx front: ${front.reason}`);
  // nginx-rtmp on ports derived from E2E_PORT, so parallel runs do not collide. When it cannot run,
  // the video journeys fail with the reason (tests/e2e/support/live.ts); the others still run.
  const media = await startMediaServer({
    folder: `.data/e2e-live-${E2E_PORT}`,
    rtmpPort: 10_000 + Number(E2E_PORT),
    httpPort: 20_000 + Number(E2E_PORT),
    appUrl: front.ok ? `http://127.0.0.1:${E2E_APP_PORT}` : appUrl,
    sessionSecret: E2E_SECRET,
    fresh: true,
  });
  const stop = async () => {
    if (media.ok) await media.server.stop();
    if (front.ok) await front.front.stop();
    await payments.local?.stop();
    await database.drop();
  };
  try {
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      ...payments.env,
      ...(media.ok ? media.server.env : { LIVE_MEDIA_UNAVAILABLE: media.reason }),
      ...(front.ok ? { ...behindFrontEnv(Number(E2E_APP_PORT)), E2E_APP_PORT } : {}),
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: embedded ? "1" : "10",
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: appUrl,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      E2E_PORT,
      CHROMIUM_PATH,
      // The throttle journey checks the lockout over several steps; a 1 s first lockout can end
      // between them on a busy machine (its doubling is tested in tests/integration/throttle.test.ts).
      SIGN_IN_LOCKOUT_SECONDS: "60",
      // tsc has just checked this tree: the build need not check it again (about 40 s on 2 cores).
      ...(typesChecked ? { XY_TYPES_CHECKED: "1" } : {}),
    };
    await runLogged("npx", ["tsx", "prisma/seed.ts"], env, E2E_PREPARE_LOG);
    if (!buildIsCurrent(E2E_DIST_DIR, database.url)) {
      await runLogged("npm", ["run", "build"], env, E2E_PREPARE_LOG);
      recordBuild(E2E_DIST_DIR, database.url);
    }
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function endToEnd(prepared: EndToEnd, specs: string[]) {
  try {
    step("Browser tests: Playwright");
    await run("npx", ["playwright", "test", ...specs], {
      ...prepared.env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
    });
  } finally {
    await prepared.stop();
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
  let prepared: Promise<EndToEnd> | undefined;
  if (!only || only === "e2e") {
    step(`Browser tests: seed and production build, beside the other tests (log: ${E2E_PREPARE_LOG})`);
    prepared = prepareEndToEnd(env, embedded, !only);
    // Held until the journeys start; a failure here is reported then, not as an unhandled rejection.
    prepared.catch(() => {});
  }
  if (!only || only === "unit") {
    step("Unit and integration tests (Vitest, real PostgreSQL)");
    try {
      await run(
        "npx",
        ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_REPORT}`],
        env,
      );
    } catch (error) {
      console.error("Vitest failed: waiting for the browser-test preparation to stop cleanly…");
      await prepared?.then((ready) => ready.stop()).catch(() => {});
      throw error;
    }
  }
  if (prepared) await endToEnd(await prepared, specs);
  const { passed, failed } = countResults(VITEST_REPORT, PLAYWRIGHT_REPORT);
  console.log(`\n✔ npm test passed\n${passed} passed, ${failed} failed`);
}

main().catch((error: unknown) => {
  console.error(`\n✖ npm test failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
