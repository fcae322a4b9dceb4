// nginx with libnginx-mod-rtmp, started by `npm start` and `npm test` as a child process with its
// own prefix, pid and logs under a folder of .data/ (never the system's nginx service).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import { mediaCallbackToken } from "../../lib/live/media/callback-token";
import { INGEST_APP, mediaFolders, nginxConfig, RTMP_MODULE } from "../../lib/live/media/nginx-config";

const NGINX = "/usr/sbin/nginx";
const PACKAGES = ["nginx", "libnginx-mod-rtmp", "ffmpeg"];

export type MediaServerProcess = { env: Record<string, string>; stop: () => Promise<void> };
export type MediaServerSetup = { ok: true; server: MediaServerProcess } | { ok: false; reason: string };

function hasFfmpeg(): boolean {
  try {
    execFileSync("ffmpeg", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const toolsPresent = () => existsSync(NGINX) && existsSync(RTMP_MODULE) && hasFfmpeg();

/** Installs Debian's nginx, rtmp module and ffmpeg when missing and we are root (like Chromium). */
export function ensureMediaTools(): { ok: true } | { ok: false; reason: string } {
  if (toolsPresent()) return { ok: true };
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason: `nginx-rtmp or ffmpeg is missing: run \`sudo apt-get install -y ${PACKAGES.join(" ")}\``,
    };
  }
  console.log(`Installing Debian's ${PACKAGES.join(", ")} for live video…`);
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
  return toolsPresent() ? { ok: true } : { ok: false, reason: "nginx-rtmp still missing after apt-get" };
}

function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) return fail(new Error(`nginx exited with code ${child.exitCode}`));
      const socket = connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        done();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Writes the config and starts nginx in the foreground (`daemon off`), so it ends with us. Returns
 * the environment the app needs (LIVE_MEDIA_DIR, LIVE_RTMP_URL).
 */
export async function startMediaServer(options: {
  folder: string;
  rtmpPort: number;
  httpPort: number;
  appUrl: string;
  sessionSecret: string;
  /** Start from an empty folder (the tests; `npm start` keeps the replays). */
  fresh?: boolean;
}): Promise<MediaServerSetup> {
  const tools = ensureMediaTools();
  if (!tools.ok) return tools;
  const root = resolve(options.folder);
  if (options.fresh) rmSync(root, { recursive: true, force: true });
  const folders = mediaFolders(root);
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  // Started as root, nginx's worker runs as `nobody`: it writes the HLS files and recordings.
  if (process.getuid?.() === 0) {
    for (const folder of [folders.hls, folders.recordings, folders.temp]) {
      execFileSync("chown", ["-R", "nobody", folder]);
    }
  }
  const confFile = join(root, "nginx.conf");
  writeFileSync(
    confFile,
    nginxConfig({
      root,
      rtmpPort: options.rtmpPort,
      httpPort: options.httpPort,
      // nginx-rtmp resolves no names at callback time: loopback by number.
      appUrl: options.appUrl.replace("//localhost", "//127.0.0.1"),
      callbackToken: mediaCallbackToken(options.sessionSecret),
    }),
  );
  const errorLog = join(mediaFolders(root).logs, "error.log");
  const child = spawn(NGINX, ["-p", `${root}/`, "-c", confFile, "-e", errorLog], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    await waitForPort(options.rtmpPort, child);
  } catch (error) {
    child.kill("SIGTERM");
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8").slice(-2000) : "";
    return { ok: false, reason: `${(error as Error).message}\n${stderr}${log}` };
  }
  // However this process ends (a failed migration, Ctrl-C), nginx does not outlive it.
  process.once("exit", () => child.kill("SIGQUIT"));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      // QUIT: finishes open streams' callbacks and recordings, then exits.
      child.kill("SIGQUIT");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return {
    ok: true,
    server: {
      stop,
      env: {
        LIVE_MEDIA_DIR: root,
        LIVE_RTMP_URL: `rtmp://127.0.0.1:${options.rtmpPort}/${INGEST_APP}`,
      },
    },
  };
}
