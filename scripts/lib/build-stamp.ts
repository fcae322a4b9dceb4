import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "assets",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "proxy.ts",
  "pwa",
  "serwist.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
];

/** The service worker `serwist build` writes after `next build` (git-ignored, so not in the fingerprint). */
const SERVICE_WORKER = "public/sw.js";

/**
 * A fingerprint of everything `next build` and `serwist build` read, so a start after no change
 * skips the build. The build prerenders storefront pages from the database, so the database is
 * part of what it read.
 */
function sourceFingerprint(databaseUrl: string): string {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "--", ...SOURCES], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => file && existsSync(file));
  const hash = createHash("sha256");
  hash.update(`database:${databaseUrl}\n`);
  for (const file of files.sort()) {
    const stat = statSync(file);
    hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsCurrent(distDir: string, databaseUrl: string): boolean {
  const stampFile = path.join(distDir, "source-stamp");
  return (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(SERVICE_WORKER) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceFingerprint(databaseUrl)
  );
}

export function recordBuild(distDir: string, databaseUrl: string) {
  writeFileSync(path.join(distDir, "source-stamp"), sourceFingerprint(databaseUrl));
}
