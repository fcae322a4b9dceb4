// The production server the benchmarks measure, set up as `npm start` does (migrated and seeded
// database, local Stripe-compatible server, build when sources changed, `next start`), but on a
// throwaway database and with the job worker off, so a run measures page serving and nothing else.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { createInterface } from "node:readline";
import { buildIsCurrent, recordBuild } from "../lib/build-stamp";
import { behindFrontEnv, type FrontSetup, loopbackListen, startFront } from "../lib/front/server";
import { setUpPayments } from "../lib/local-stripe";
import { migrate } from "../lib/prisma-cli";
import { run, step } from "../lib/run";
import { createThrowawayDatabase } from "../lib/throwaway-db";
import { warmPreloadedPhotos } from "../lib/warm-photos";

const DIST_DIR = ".next";
export const BENCH_DIR = ".bench";
const SERVER_LOG = `${BENCH_DIR}/server.log`;
const PRODUCTS_SEED = "scripts/bench/seed-products.ts";

export type ServerOptions = {
  port: number;
  /** Extra products written by scripts/bench/seed-products.ts (0: the demo data only). */
  products: number;
  /** Use DATABASE_URL as it is: no copy, no migration, no demo data. */
  inPlace: boolean;
  /** Rebuild even when the sources did not change (the build may have prerendered another database). */
  forceBuild: boolean;
};

export type BenchServer = {
  baseUrl: string;
  databaseUrl: string;
  database: "embedded" | "server";
  /** The next-server process whose memory is sampled. */
  pid: number;
  /** Served through the nginx front as `npm start` does (false: nginx is missing, Next serves directly). */
  front: boolean;
  stop: () => Promise<void>;
};

/** Refuses early, before anything is started, what the run cannot do. */
export function checkOptions(options: ServerOptions) {
  if (options.products > 0 && !existsSync(PRODUCTS_SEED)) {
    throw new Error(
      `--products=${options.products} needs ${PRODUCTS_SEED}, which is not in this checkout yet ` +
        "(it comes with the search work). Run without --products for the demo data alone.",
    );
  }
  if (options.inPlace && !process.env.DATABASE_URL) throw new Error("--in-place needs DATABASE_URL");
}

type Database = { url: string; kind: BenchServer["database"]; drop: () => Promise<void> };

async function openDatabase(options: ServerOptions): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && options.inPlace) return { url: serverUrl, kind: "server", drop: async () => {} };
  if (serverUrl) {
    step(`Database: a throwaway copy on ${new URL(serverUrl).host}`);
    const database = await createThrowawayDatabase("bench");
    return { url: database.url, kind: "server", drop: database.drop };
  }
  step("Database: a throwaway embedded PostgreSQL (PGlite) in its own process");
  const embedded = await startEmbeddedProcess();
  await migrate(embedded.url);
  return { url: embedded.url, kind: "embedded", drop: embedded.stop };
}

async function startEmbeddedProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  // Node itself (with tsx's loader) rather than npx, so the signal reaches the process that holds the data.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/embedded-db-server.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the embedded database exited (${code})`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return { url, stop: () => stopProcess(child) };
}

/** SIGTERM, and SIGKILL if it is still there after a while (a server busy with a backlog). */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function waitUntilReady(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`next start exited (${server.exitCode}): see ${SERVER_LOG}`);
    const response = await fetch(`${baseUrl}/healthz`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /healthz within 120 s: see ${SERVER_LOG}`);
}

export async function startBenchServer(options: ServerOptions): Promise<BenchServer> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const baseUrl = `http://localhost:${options.port}`;
  const database = await openDatabase(options);
  const payments = await setUpPayments({ appUrl: baseUrl, port: 0, alwaysLocal: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...payments.env,
    DATABASE_URL: database.url,
    // The embedded database answers one query at a time: one connection, no contention.
    DATABASE_POOL_MAX: database.kind === "embedded" ? "1" : (process.env.DATABASE_POOL_MAX ?? "10"),
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    STRIPE_SUPPRESS_NOTICES: "true",
    JOBS: "off",
  };
  let server: ChildProcess | undefined;
  let front: FrontSetup | undefined;
  const stop = async () => {
    if (server) await stopProcess(server);
    if (front?.ok) await front.front.stop();
    await payments.local?.stop();
    await database.drop();
  };
  try {
    if (!options.inPlace) {
      step("Loading the demo data");
      await run("npx", ["tsx", "prisma/seed.ts"], env);
    }
    if (options.products > 0) {
      step(`Adding ${options.products} products (${PRODUCTS_SEED})`);
      await run("npx", ["tsx", PRODUCTS_SEED, String(options.products)], env);
    }
    // The build prerenders the storefront from this database: a new copy means a new build.
    const databaseUrl = env.DATABASE_URL ?? "";
    if (options.forceBuild || !buildIsCurrent(DIST_DIR, databaseUrl)) {
      step("Building the app (sources or database changed, or --build)");
      await run("npm", ["run", "build"], { ...env, NEXT_DIST_DIR: DIST_DIR });
      recordBuild(DIST_DIR, databaseUrl);
    } else {
      step("Build is up to date");
    }
    // The front `npm start` puts before Next, on the next port up: reference and pages alike pass it.
    const appPort = options.port + 1;
    front = await startFront({
      folder: `${BENCH_DIR}/front`,
      port: options.port,
      listen: loopbackListen(options.port),
      appPort,
    });
    const listen = front.ok ? ["-H", "127.0.0.1", "-p", String(appPort)] : ["-p", String(options.port)];
    if (front.ok) step(`Front: nginx on ${options.port} → next start on 127.0.0.1:${appPort}`);
    else step(`No nginx front (Next serves directly and compresses): ${front.reason}`);
    step(`Starting the production server at ${baseUrl} (log: ${SERVER_LOG})`);
    const log = createWriteStream(SERVER_LOG);
    // `next` itself rather than npx, so the process whose memory we read is ours to find.
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", ...listen], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, ...(front.ok ? behindFrontEnv(appPort) : {}), NODE_ENV: "production" },
    });
    server.stdout?.pipe(log);
    server.stderr?.pipe(log);
    await waitUntilReady(baseUrl, server);
    // As `npm start` does after a start: no audit should time the first resize of a photo.
    step("Resizing the photos the storefront pages preload, once (scripts/lib/warm-photos.ts)");
    const warmed = await warmPreloadedPhotos(baseUrl);
    console.log(`  ${warmed.photos} photo sizes for ${warmed.pages} pages`);
    return {
      baseUrl,
      databaseUrl: database.url,
      database: database.kind,
      pid: server.pid!,
      front: front.ok,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops the server and its database however the run ends (Ctrl-C included). */
export async function withBenchServer<T>(
  options: ServerOptions,
  body: (server: BenchServer) => Promise<T>,
): Promise<T> {
  checkOptions(options);
  const server = await startBenchServer(options);
  const interrupt = () => {
    server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  try {
    return await body(server);
  } finally {
    process.off("SIGINT", interrupt);
    await server.stop();
  }
}
