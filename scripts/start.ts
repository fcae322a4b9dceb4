// `npm start`: applies migrations, seeds demo data on first run, builds when sources changed, and
// serves the marketplace. Without DATABASE_URL it runs on an embedded PostgreSQL kept in .data/.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildIsCurrent, recordBuild } from "./lib/build-stamp";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./lib/embedded-db";
import { behindFrontEnv, publicListen, startFront } from "./lib/front/server";
import { setUpPayments } from "./lib/local-stripe";
import { startMediaServer } from "./lib/media-server";
import { migrate } from "./lib/prisma-cli";
import { run, step } from "./lib/run";
import { warmPreloadedPhotos } from "./lib/warm-photos";

const DATA_DIR = ".data";
const DIST_DIR = ".next";

/** Sessions must survive restarts, so a generated secret is kept beside the embedded data. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = `${DATA_DIR}/nextauth-secret`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  const port = process.env.PORT ?? "3000";
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    step("Starting the embedded PostgreSQL (PGlite) with data in .data/pglite");
    embedded = await startEmbeddedDatabase({ dataDir: `${DATA_DIR}/pglite` });
    databaseUrl = embedded.url;
  }
  const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const payments = await setUpPayments({
    appUrl,
    port: Number(process.env.STRIPE_LOCAL_PORT ?? 12111),
    stateFile: `${DATA_DIR}/stripe-local.json`,
    secretFile: `${DATA_DIR}/stripe-webhook-secret`,
  });
  if (payments.local) step(`Payments: the local Stripe-compatible server at ${payments.local.url}`);
  const sessionSecret = nextAuthSecret();
  // nginx in front (scripts/lib/front/): it compresses each page once and keeps the copy a second,
  // which Next's own server cannot; Next then serves on a loopback port behind it.
  const appPort = Number(process.env.APP_PORT ?? Number(port) + 1);
  const front = await startFront({
    folder: `${DATA_DIR}/front`,
    port: Number(port),
    listen: publicListen(Number(port)),
    appPort,
  });
  if (front.ok)
    step(`Front: nginx on port ${port} (compressing, 1 s cache) → next start on 127.0.0.1:${appPort}`);
  else
    step(
      `No nginx in front, so Next serves port ${port} itself and compresses every answer: ${front.reason}`,
    );
  // Callbacks (nginx-rtmp, the job worker) go straight to the app, never through the front.
  const appUrlInside = `http://127.0.0.1:${front.ok ? appPort : port}`;
  const rtmpPort = Number(process.env.LIVE_RTMP_PORT ?? 1935);
  const media = await startMediaServer({
    folder: `${DATA_DIR}/live`,
    rtmpPort,
    httpPort: Number(process.env.LIVE_HTTP_PORT ?? 8935),
    appUrl: appUrlInside,
    sessionSecret,
  });
  if (media.ok)
    step(`Live video: nginx-rtmp ingest at rtmp://127.0.0.1:${rtmpPort}/live (HLS in .data/live/hls)`);
  else step(`Live video is off (everything else works): ${media.reason}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...payments.env,
    ...(media.ok ? media.server.env : {}),
    DATABASE_URL: databaseUrl,
    // The embedded database answers one query at a time: one connection, no contention.
    DATABASE_POOL_MAX: embedded ? "1" : (process.env.DATABASE_POOL_MAX ?? "10"),
    NEXTAUTH_SECRET: sessionSecret,
    NEXTAUTH_URL: appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  step("Applying database migrations");
  await migrate(databaseUrl);
  step("Loading demo data (skipped when already there)");
  await run("npx", ["tsx", "prisma/seed.ts"], env);
  step("Search fields: filling what a migration or a write left empty");
  await run("npx", ["tsx", "scripts/search-backfill.ts"], env);
  // The build prerenders the storefront from this database; the embedded one is known by its folder.
  const databaseIdentity = embedded ? `embedded:${DATA_DIR}/pglite` : databaseUrl;
  if (buildIsCurrent(DIST_DIR, databaseIdentity)) {
    step("Build is up to date");
  } else {
    step("Building the app (first start, or sources changed)");
    await run("npm", ["run", "build"], { ...env, NEXT_DIST_DIR: DIST_DIR });
    recordBuild(DIST_DIR, databaseIdentity);
  }

  step(`Serving the marketplace at http://localhost:${port}`);
  const listen = front.ok ? ["-H", "127.0.0.1", "-p", String(appPort)] : ["-p", port];
  const server = spawn("npx", ["next", "start", ...listen], {
    stdio: "inherit",
    env: { ...env, ...(front.ok ? behindFrontEnv(appPort) : {}), NODE_ENV: "production" },
  });
  void warmOnceReady(`http://127.0.0.1:${port}`);
  const shutdown = () => server.kill("SIGTERM");
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    await payments.local?.stop();
    if (front.ok) await front.front.stop();
    if (media.ok) await media.server.stop();
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

/** Once the marketplace answers, its pages' first photos are resized ahead of the first visitor. */
async function warmOnceReady(baseUrl: string) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) {
      const warmed = await warmPreloadedPhotos(baseUrl).catch(() => null);
      if (warmed)
        console.log(`Photos: ${warmed.photos} sizes for ${warmed.pages} pages resized ahead of visitors`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
