// nginx with libnginx-mod-rtmp, started by `npm start` and `npm test` as a child process with its
// own prefix, pid and logs under a folder of .data/ (never the system's nginx service).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { mediaCallbackToken } from "../../lib/live/media/callback-token";
import { INGEST_APP, mediaFolders, nginxConfig, RTMP_MODULE } from "../../lib/live/media/nginx-config";
import { ensureDebianPackages, NGINX, portOpen, startNginx } from "./nginx-process";

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
const ensureMediaTools = () =>
  ensureDebianPackages(["nginx", "libnginx-mod-rtmp", "ffmpeg"], toolsPresent, "live video");

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
  const started = await startNginx({
    root,
    confFile,
    errorLog: join(folders.logs, "error.log"),
    readiness: [{ what: `listen on ${options.rtmpPort}`, ready: () => portOpen(options.rtmpPort) }],
  });
  if (!started.ok) return started;
  return {
    ok: true,
    server: {
      stop: started.stop,
      env: {
        LIVE_MEDIA_DIR: root,
        LIVE_RTMP_URL: `rtmp://127.0.0.1:${options.rtmpPort}/${INGEST_APP}`,
      },
    },
  };
}
