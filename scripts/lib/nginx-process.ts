// What the two nginx processes `npm start` and `npm test` run (the storefront front, ./front/, and
// the live-video nginx-rtmp, ./media-server.ts) share: installing Debian's packages when missing,
// starting nginx in the foreground with its own prefix and error log, waiting until it is ready, and
// stopping it so that it never outlives us.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";

export const NGINX = "/usr/sbin/nginx";

export type Availability = { ok: true } | { ok: false; reason: string };

/**
 * Installs Debian's `packages` when `present()` says they are missing and we are root (as for
 * Chromium); otherwise says which command would.
 */
export function ensureDebianPackages(
  packages: string[],
  present: () => boolean,
  purpose: string,
): Availability {
  if (present()) return { ok: true };
  if (process.getuid?.() !== 0) {
    return { ok: false, reason: `${purpose} needs \`sudo apt-get install -y ${packages.join(" ")}\`` };
  }
  console.log(`Installing Debian's ${packages.join(", ")} for ${purpose}…`);
  try {
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
      stdio: "inherit",
      env: aptEnv,
    });
  } catch (error) {
    return { ok: false, reason: `installing ${packages.join(" ")} failed: ${(error as Error).message}` };
  }
  return present()
    ? { ok: true }
    : { ok: false, reason: `${packages.join(" ")} still missing after apt-get` };
}

export function portOpen(port: number): Promise<boolean> {
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

export type NginxStart = { ok: true; stop: () => Promise<void> } | { ok: false; reason: string };

/**
 * Starts nginx on `confFile` (which says `daemon off`) and waits for each of `readiness`. On failure
 * the reason carries nginx's own words: its stderr and the end of its error log.
 */
export async function startNginx(options: {
  root: string;
  confFile: string;
  errorLog: string;
  readiness: { what: string; ready: () => Promise<boolean> }[];
}): Promise<NginxStart> {
  const child = spawn(NGINX, ["-p", `${options.root}/`, "-c", options.confFile, "-e", options.errorLog], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    for (const { what, ready } of options.readiness) await waitFor(ready, child, what);
  } catch (error) {
    child.kill("SIGTERM");
    const log = existsSync(options.errorLog) ? readFileSync(options.errorLog, "utf8").slice(-2000) : "";
    return { ok: false, reason: `${(error as Error).message}\n${stderr}${log}` };
  }
  // However this process ends (a failed migration, Ctrl-C), nginx does not outlive it.
  process.once("exit", () => child.kill("SIGQUIT"));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      // QUIT: finishes open requests (and nginx-rtmp's callbacks and recordings), then exits.
      child.kill("SIGQUIT");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return { ok: true, stop };
}
