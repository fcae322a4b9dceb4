import { afterEach, describe, expect, it } from "vitest";
import { receiveCameraChunk, stopCamera } from "@/lib/live/sessions/browser-ingest";
import { browserPublishKey } from "@/lib/live/sessions/stream-key";
import { createShop, createUser } from "../support/factories";
import { publishWith, scheduledShow, statusOf, unpublishWith } from "../support/live-factories";

// "Go live" from the phone: only the show's own seller may send camera chunks, and only while it
// is scheduled or live. (The chunks reaching ffmpeg and nginx are the Playwright journey's part.)
const chunk = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]);

afterEach(() => {
  delete process.env.LIVE_MEDIA_DIR;
});

describe("camera chunks for Go live", () => {
  it("refuses a buyer, another seller and odd ids, and starts nothing", async () => {
    process.env.LIVE_MEDIA_DIR = "/tmp/live-camera-test";
    const show = await scheduledShow();
    const otherSeller = (await createShop()).owner;
    const buyer = await createUser("BUYER");
    expect(await receiveCameraChunk(buyer.id, show.sessionId, "0", chunk)).toMatchObject({
      error: "forbidden",
    });
    expect(await receiveCameraChunk(otherSeller.id, show.sessionId, "0", chunk)).toMatchObject({
      error: "not_found",
    });
    expect(await receiveCameraChunk(null, show.sessionId, "0", chunk)).toMatchObject({
      error: "not_signed_in",
    });
    expect(await receiveCameraChunk(show.owner.id, "../x", "0", chunk)).toMatchObject({ error: "not_found" });
    expect(await stopCamera(otherSeller.id, show.sessionId)).toMatchObject({ error: "not_found" });
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });

  it("refuses bad sequence numbers and empty or oversized chunks with invalid_input", async () => {
    process.env.LIVE_MEDIA_DIR = "/tmp/live-camera-test";
    const show = await scheduledShow();
    for (const seq of ["-1", "x", "1.5", "", null, "99999999999"]) {
      expect(await receiveCameraChunk(show.owner.id, show.sessionId, seq, chunk), String(seq)).toMatchObject({
        error: "invalid_input",
      });
    }
    expect(await receiveCameraChunk(show.owner.id, show.sessionId, "0", new Uint8Array())).toMatchObject({
      error: "invalid_input",
    });
    expect(
      await receiveCameraChunk(show.owner.id, show.sessionId, "0", new Uint8Array(1024 * 1024 + 1)),
    ).toMatchObject({ error: "invalid_input" });
  });

  it("says video is off when nginx-rtmp is not running, and refuses an ended show", async () => {
    const show = await scheduledShow();
    expect(await receiveCameraChunk(show.owner.id, show.sessionId, "0", chunk)).toMatchObject({
      error: "video_off",
    });
    process.env.LIVE_MEDIA_DIR = "/tmp/live-camera-test";
    await publishWith(show.streamKey);
    await unpublishWith(show.streamKey);
    expect(await receiveCameraChunk(show.owner.id, show.sessionId, "0", chunk)).toMatchObject({
      error: "not_scheduled",
    });
  });

  it("the app's browser key starts only its own show, once", async () => {
    const show = await scheduledShow();
    const other = await scheduledShow();
    const key = browserPublishKey(show.sessionId);
    expect((await publishWith(key.replace(show.sessionId, other.sessionId))).status).toBe(403);
    expect((await publishWith(key)).status).toBe(302);
    expect((await statusOf(show.sessionId)).status).toBe("LIVE");
    expect((await statusOf(other.sessionId)).status).toBe("SCHEDULED");
    expect((await publishWith(key)).status).toBe(409);
  });
});
