// Starts the nginx in front of `next start` (config in ./config.ts) as a child process with its own
// prefix, pid, logs and cache under a folder of .data/, like the live-video nginx beside it
// (scripts/lib/media-server.ts). It is a second nginx, not a block of that one: the front must run
// whenever nginx is installed, even without the RTMP module or ffmpeg, and with one worker per core,
// while nginx-rtmp keeps its single worker (one process holds each stream).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { ensureDebianPackages, NGINX, portOpen, startNginx } from "../nginx-process";
import { BROTLI_MODULE, frontConfig, frontFolders } from "./config";

export type FrontProcess = { stop: () => Promise<void> };
export type FrontSetup = { ok: true; front: FrontProcess } | { ok: false; reason: string };

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
  const tools = ensureDebianPackages(
    ["nginx", "libnginx-mod-http-brotli-filter"],
    () => existsSync(NGINX),
    "the front server",
  );
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
  const started = await startNginx({
    root,
    confFile,
    errorLog: join(folders.logs, "error.log"),
    readiness: [
      { what: `listen on ${options.port}`, ready: () => portOpen(options.port) },
      { what: "make its socket", ready: async () => existsSync(folders.socket) },
    ],
  });
  if (!started.ok) return started;
  // The master made the socket; the workers (`nobody` under root) must be able to connect to it.
  chmodSync(folders.socket, 0o666);
  return { ok: true, front: { stop: started.stop } };
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
