// Starts the nginx in front of `next start` (config in ./config.ts) as a child process with its own
// prefix, pid, logs and cache under a folder of .data/, like the live-video nginx beside it
// (scripts/lib/media-server.ts). It is a second nginx, not a block of that one: the front must run
// whenever nginx is installed, even without the RTMP module or ffmpeg, and with one worker per core,
// while nginx-rtmp keeps its single worker (one process holds each stream).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { BROTLI_MODULE, frontConfig, frontFolders } from "./config";

const NGINX = "/usr/sbin/nginx";
const PACKAGES = ["nginx", "libnginx-mod-http-brotli-filter"];

export type FrontProcess = { stop: () => Promise<void> };
export type FrontSetup = { ok: true; front: FrontProcess } | { ok: false; reason: string };

/** Installs Debian's nginx (and its brotli filter) when missing and we are root, as for Chromium. */
function ensureNginx(): { ok: true } | { ok: false; reason: string } {
  if (existsSync(NGINX)) return { ok: true };
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason: `nginx is not installed (\`sudo apt-get install -y ${PACKAGES.join(" ")}\`)`,
    };
  }
  console.log(`Installing Debian's ${PACKAGES.join(", ")} for the front server…`);
  try {
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...PACKAGES], {
      stdio: "inherit",
      env: aptEnv,
    });
  } catch (error) {
    return { ok: false, reason: `installing ${PACKAGES.join(" ")} failed: ${(error as Error).message}` };
  }
  return existsSync(NGINX) ? { ok: true } : { ok: false, reason: "nginx still missing after apt-get" };
}

export function hasIpv6(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((address) => address.family === "IPv6"),
  );
}

/** Every interface, as `next start` listens when it serves directly. */
export function publicListen(port: number): string[] {
  return hasIpv6() ? [`${port}`, `[::]:${port} ipv6only=on`] : [`${port}`];
}

/** Both loopback addresses: the throttle journeys are two clients, 127.0.0.1 and ::1. */
export function loopbackListen(port: number): string[] {
  return hasIpv6() ? [`127.0.0.1:${port}`, `[::1]:${port}`] : [`127.0.0.1:${port}`];
}

function waitFor(ready: () => Promise<boolean>, child: ChildProcess, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((done, fail) => {
    const attempt = async () => {
      if (child.exitCode !== null) return fail(new Error(`nginx exited with code ${child.exitCode}`));
      if (await ready()) return done();
      if (Date.now() > deadline) return fail(new Error(`nginx did not ${what}`));
      setTimeout(attempt, 100);
    };
    void attempt();
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      answer(true);
    });
    socket.once("error", () => {
      socket.destroy();
      answer(false);
    });
  });
}

/**
 * Writes the config and starts nginx in the foreground (`daemon off`), so it ends with us. It may
 * start before `next start` does: until the app answers, the front answers 502.
 */
export async function startFront(options: {
  folder: string;
  port: number;
  listen: string[];
  appPort: number;
}): Promise<FrontSetup> {
  const tools = ensureNginx();
  if (!tools.ok) return tools;
  const root = resolve(options.folder);
  const folders = frontFolders(root);
  // Cached pages of an earlier run belong to another build.
  rmSync(folders.cache, { recursive: true, force: true });
  for (const folder of [folders.cache, folders.logs, folders.temp]) mkdirSync(folder, { recursive: true });
  // Started as root, nginx's workers run as `nobody`: they write the cache and temp files.
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "nobody", folders.cache, folders.temp]);
  const confFile = join(root, "nginx.conf");
  writeFileSync(
    confFile,
    frontConfig({
      root,
      listen: options.listen,
      appPort: options.appPort,
      brotli: existsSync(BROTLI_MODULE),
    }),
  );
  const errorLog = join(folders.logs, "error.log");
  const child = spawn(NGINX, ["-p", `${root}/`, "-c", confFile, "-e", errorLog], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    await waitFor(() => portOpen(options.port), child, `listen on ${options.port}`);
    // The master made the socket; the workers (`nobody` under root) must be able to connect to it.
    await waitFor(async () => existsSync(folders.socket), child, "make its socket");
    chmodSync(folders.socket, 0o666);
  } catch (error) {
    child.kill("SIGTERM");
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8").slice(-2000) : "";
    return { ok: false, reason: `${(error as Error).message}\n${stderr}${log}` };
  }
  // However this process ends, nginx does not outlive it.
  process.once("exit", () => child.kill("SIGQUIT"));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGQUIT");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return { ok: true, front: { stop } };
}

/**
 * The environment of `next start` behind the front: its loopback port (PORT, which the job worker's
 * revalidation request also reads), one more proxy appending to X-Forwarded-For than the operator
 * declared, and no compression of its own.
 */
export function behindFrontEnv(
  appPort: number,
  trustProxy = process.env.TRUST_PROXY,
): Record<string, string> {
  const declared = trustProxy === "true" ? 1 : Number(trustProxy) || 0;
  return { PORT: String(appPort), TRUST_PROXY: String(declared + 1), NEXT_COMPRESS: "off" };
}
