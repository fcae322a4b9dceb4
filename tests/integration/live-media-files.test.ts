import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as hlsFile } from "@/app/live-video/[area]/[sessionId]/[file]/route";
import { db } from "@/lib/db/client";
import { endStaleLiveSessions } from "@/lib/live/sessions/stale";
import { publishWith, scheduledShow, statusOf } from "../support/live-factories";

// The folders nginx-rtmp writes, made by hand: the app serves them and reads their age.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "live-media-"));
  process.env.LIVE_MEDIA_DIR = root;
});
afterAll(() => {
  delete process.env.LIVE_MEDIA_DIR;
  rmSync(root, { recursive: true, force: true });
});

function writeHls(sessionId: string, ageMs = 0) {
  const folder = join(root, "hls", sessionId);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n0.ts\n");
  writeFileSync(join(folder, "0.ts"), Buffer.alloc(188, 0x47));
  const when = new Date(Date.now() - ageMs);
  utimesSync(join(folder, "index.m3u8"), when, when);
}

const get = (area: string, sessionId: string, file: string) =>
  hlsFile(new Request(`http://localhost/live-video/${area}/${sessionId}/${file}`), {
    params: Promise.resolve({ area, sessionId, file }),
  });

describe("the live video files, served by the app", () => {
  it("streams a playlist and a fragment with their HLS types; the playlist is never cached", async () => {
    writeHls("cmlivetest00001");
    const playlist = await get("live", "cmlivetest00001", "index.m3u8");
    expect(playlist.status).toBe(200);
    expect(playlist.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    expect(playlist.headers.get("cache-control")).toContain("no-store");
    expect(await playlist.text()).toContain("#EXTM3U");
    const fragment = await get("live", "cmlivetest00001", "0.ts");
    expect(fragment.headers.get("content-type")).toBe("video/mp2t");
    expect((await fragment.arrayBuffer()).byteLength).toBe(188);
  });

  it("names nothing outside its folders", async () => {
    for (const [area, id, file] of [
      ["live", "..", "index.m3u8"],
      ["live", "cmlivetest00001", "../../../etc/passwd"],
      ["rec", "cmlivetest00001", "index.m3u8"],
      ["live", "cmlivetest00001", "index.flv"],
      ["live", "nosuchsession00", "index.m3u8"],
    ] as const) {
      expect((await get(area, id, file)).status, `${area}/${id}/${file}`).toBe(404);
    }
  });
});

describe("shows left live by a stopped server", () => {
  it("ends a live show whose playlist went stale, once, and leaves one still sending", async () => {
    const [stale, fresh] = [await scheduledShow(), await scheduledShow()];
    await publishWith(stale.streamKey);
    await publishWith(fresh.streamKey);
    const longAgo = new Date(Date.now() - 3600_000);
    await db.liveSession.updateMany({
      where: { id: { in: [stale.sessionId, fresh.sessionId] } },
      data: { startedAt: longAgo },
    });
    writeHls(stale.sessionId, 120_000);
    writeHls(fresh.sessionId, 0);
    // Other files' shows (live, without video) may end too: these two are the ones checked.
    const ended = await endStaleLiveSessions();
    expect(ended).toContain(stale.sessionId);
    expect(ended).not.toContain(fresh.sessionId);
    expect((await statusOf(stale.sessionId)).status).toBe("ENDED");
    expect((await statusOf(fresh.sessionId)).status).toBe("LIVE");
    expect(await endStaleLiveSessions()).not.toContain(stale.sessionId);
  });
});
