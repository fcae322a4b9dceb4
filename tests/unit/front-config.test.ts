import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BROTLI_MODULE, frontConfig } from "../../scripts/lib/front/config";

// The front's config is generated at each start: Debian's nginx must accept it as written, with
// and without the brotli filter (CI installs nginx and the filter; the journeys go through it).
const root = mkdtempSync(join(tmpdir(), "xiaying-front-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function nginxAccepts(brotli: boolean): string {
  const folder = join(root, brotli ? "br" : "gzip");
  for (const sub of ["logs", "temp", "cache"]) mkdirSync(join(folder, sub), { recursive: true });
  const conf = join(folder, "nginx.conf");
  writeFileSync(conf, frontConfig({ root: folder, listen: ["127.0.0.1:4339"], appPort: 4338, brotli }));
  return execFileSync(
    "/usr/sbin/nginx",
    ["-t", "-p", `${folder}/`, "-c", conf, "-e", join(folder, "logs/e.log")],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

describe("the nginx front's config", () => {
  it("is accepted by nginx with gzip alone", () => {
    expect(existsSync("/usr/sbin/nginx"), "Debian's nginx: apt-get install -y nginx").toBe(true);
    expect(() => nginxAccepts(false)).not.toThrow();
  });

  it("is accepted by nginx with the brotli filter", () => {
    expect(existsSync(BROTLI_MODULE), "apt-get install -y libnginx-mod-http-brotli-filter").toBe(true);
    expect(() => nginxAccepts(true)).not.toThrow();
  });

  it("never serves an expired copy and never keeps a private answer or a cookie", () => {
    const config = frontConfig({ root, listen: ["127.0.0.1:4339"], appPort: 4338, brotli: false });
    expect(config).not.toMatch(/^\s*(proxy_cache_use_stale|proxy_cache_background_update)\b/m);
    expect(config).not.toMatch(/^\s*proxy_ignore_headers[^;]*Set-Cookie/m);
    expect(config).toMatch(/"~\*\(private\|no-store\|no-cache\)" 1;/);
    expect(config).toMatch(/proxy_no_cache [^;]*\$upstream_http_set_cookie;/);
    expect(config).not.toMatch(/^\s*proxy_cache_key[^;]*cookie/im);
  });
});
