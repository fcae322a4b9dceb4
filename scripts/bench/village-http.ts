// The same figures as real HTTP requests to the production build, signed in: one build (against the
// small database; the admin and seller pages render per request, so the build's database does not
// matter to them), then `next start` on each database in turn.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildIsCurrent, recordBuild } from "../lib/build-stamp";
import { run } from "../lib/run";

export type HttpSessions = { admin: string | null; seller: string | null };
export type HttpFigures = Record<"admin" | "csv" | "seller", { median: number; best: number }>;

const COOKIE = "next-auth.session-token";
const ROUTES = {
  admin: ["/admin", "admin"],
  csv: ["/admin/export.csv", "admin"],
  seller: ["/seller", "seller"],
} as const;

export async function buildOnce(env: NodeJS.ProcessEnv) {
  const databaseUrl = env.DATABASE_URL ?? "";
  if (buildIsCurrent(".next", databaseUrl)) return;
  console.log("Building the production app …");
  await run("npm", ["run", "build"], env);
  recordBuild(".next", databaseUrl);
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  mkdirSync(".bench", { recursive: true });
  const log = openSync(".bench/village-server.log", "a");
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: ["ignore", log, log],
    env: { ...env, NODE_ENV: "production" },
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("next start exited: see .bench/village-server.log");
    const response = await fetch(`http://localhost:${port}/healthz`).catch(() => null);
    if (response?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill("SIGKILL");
  throw new Error("the server did not answer /healthz within 120 s");
}

async function timedGet(url: string, cookie: string, rounds: number) {
  const get = async () => {
    const response = await fetch(url, {
      headers: { cookie: `${COOKIE}=${cookie}`, "accept-language": "zh-CN" },
    });
    const body = await response.text();
    // A wrong session renders the sign-in redirect or the not-found page: measure nothing then.
    if (!response.ok || response.redirected || body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) {
      throw new Error(`${url} answered ${response.status}${response.redirected ? " (redirected)" : ""}`);
    }
  };
  await get();
  await get();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await get();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, best: times[0] ?? 0 };
}

/** Starts the built app on `databaseUrl`, times the three pages signed in, and stops it. */
export async function measureHttp(
  env: NodeJS.ProcessEnv,
  databaseUrl: string,
  sessions: HttpSessions,
  options: { port: number; rounds: number },
): Promise<HttpFigures> {
  const server = await startServer({ ...env, DATABASE_URL: databaseUrl }, options.port);
  try {
    const figures = {} as HttpFigures;
    for (const [key, [path, who]] of Object.entries(ROUTES) as [
      keyof HttpFigures,
      (typeof ROUTES)[keyof HttpFigures],
    ][]) {
      const cookie = sessions[who];
      if (!cookie) throw new Error(`no ${who} to sign in as`);
      figures[key] = await timedGet(`http://localhost:${options.port}${path}`, cookie, options.rounds);
    }
    return figures;
  } finally {
    await new Promise<void>((resolve) => {
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  }
}
