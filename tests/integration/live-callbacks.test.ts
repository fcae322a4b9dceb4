import { describe, expect, it } from "vitest";
import { POST as publish } from "@/app/api/internal/live/publish/route";
import { POST as publishDone } from "@/app/api/internal/live/publish-done/route";
import { POST as recordDone } from "@/app/api/internal/live/record-done/route";
import { db } from "@/lib/db/client";
import { createProduct } from "../support/factories";
import {
  callbackRequest,
  pinReserved,
  publishWith,
  scheduledShow,
  statusOf,
  unpublishWith,
} from "../support/live-factories";
import { stockOf } from "../support/store-factories";

// nginx-rtmp's on_publish / on_publish_done, answered by the app: they alone move a session's status.
describe("the media server's publish callback", () => {
  it("lets the session's key in, renames the stream to the session, and the show is live", async () => {
    const show = await scheduledShow();
    const response = await publishWith(show.streamKey);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(show.sessionId);
    const session = await statusOf(show.sessionId);
    expect(session.status).toBe("LIVE");
    expect(session.startedAt).not.toBeNull();
    // nginx's relay of the renamed stream is let in while the session is live.
    expect((await publishWith(show.sessionId, "show")).status).toBe(200);
  });

  it("refuses a wrong key and leaves every session as it was", async () => {
    const show = await scheduledShow();
    expect((await publishWith(`${show.streamKey}x`)).status).toBe(403);
    expect((await publishWith("xy0000")).status).toBe(403);
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });

  it("refuses a second publisher while live, and the key of an ended or cancelled show", async () => {
    const show = await scheduledShow();
    expect((await publishWith(show.streamKey)).status).toBe(302);
    expect((await publishWith(show.streamKey)).status).toBe(409);
    expect((await unpublishWith(show.streamKey)).status).toBe(200);
    expect((await publishWith(show.streamKey)).status).toBe(409);
    expect((await statusOf(show.sessionId)).status).toBe("ENDED");
    // The relay cannot publish for a show that is not live.
    expect((await publishWith(show.sessionId, "show")).status).toBe(403);

    const cancelled = await scheduledShow();
    await db.liveSession.update({ where: { id: cancelled.sessionId }, data: { status: "CANCELLED" } });
    expect((await publishWith(cancelled.streamKey)).status).toBe(409);
  });

  it("refuses the key of a shop the village suspended", async () => {
    const show = await scheduledShow();
    await db.shop.update({ where: { id: show.shop.id }, data: { status: "SUSPENDED" } });
    expect((await publishWith(show.streamKey)).status).toBe(403);
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });

  it("lets only one of two publishers racing with one key in", async () => {
    const show = await scheduledShow();
    const answers = await Promise.all([publishWith(show.streamKey), publishWith(show.streamKey)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
  });

  it("refuses a shop's second show while its first is live", async () => {
    const first = await scheduledShow();
    const product = await createProduct(first.shop.id);
    const { scheduleSession } = await import("@/lib/live/sessions/schedule");
    const second = await scheduleSession(first.owner.id, {
      title: "second",
      scheduledAt: new Date(Date.now() + 7200_000),
      productIds: [product.id],
    });
    if (!second.ok) throw new Error(second.error);
    expect((await publishWith(first.streamKey)).status).toBe(302);
    expect((await publishWith(second.data.streamKey)).status).toBe(409);
    expect((await statusOf(second.data.sessionId)).status).toBe("SCHEDULED");
  });
});

describe("the media server's unpublish callback", () => {
  it("ends the show once and returns unsold reserved stock once, even with concurrent repeats", async () => {
    const show = await scheduledShow({ stock: 10 });
    await publishWith(show.streamKey);
    await pinReserved(show.sessionId, show.product.id, 4, 1);
    expect(await stockOf(show.product.id)).toBe(6);

    const answers = await Promise.all(Array.from({ length: 5 }, () => unpublishWith(show.streamKey)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const ended = await Promise.all(answers.map((answer) => answer.json()));
    expect(ended.filter((body) => body.ended)).toHaveLength(1);
    // 4 reserved, 1 sold: 3 go back, once.
    expect(await stockOf(show.product.id)).toBe(9);
    expect((await unpublishWith(show.streamKey)).status).toBe(200);
    expect(await stockOf(show.product.id)).toBe(9);
    const session = await statusOf(show.sessionId);
    expect(session.status).toBe("ENDED");
    expect(session.endedAt).not.toBeNull();
  });

  it("does not end a show that is only scheduled", async () => {
    const show = await scheduledShow();
    expect((await unpublishWith(show.streamKey)).status).toBe(200);
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });
});

describe("who may call back", () => {
  const routes = [
    ["/api/internal/live/publish", publish],
    ["/api/internal/live/publish-done", publishDone],
    ["/api/internal/live/record-done", recordDone],
  ] as const;

  it("refuses callbacks without the token, with a wrong one, or from another machine", async () => {
    const show = await scheduledShow();
    const form = { call: "publish", app: "live", name: show.streamKey, path: "/tmp/x.flv" };
    for (const [path, handler] of routes) {
      for (const options of [{ token: null }, { token: "0".repeat(64) }, { peer: "203.0.113.9" }]) {
        expect((await handler(callbackRequest(path, form, options))).status, path).toBe(403);
      }
    }
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });

  it("answers malformed bodies and odd bytes with 400, never 500", async () => {
    const show = await scheduledShow();
    const bodies = [
      "",
      "name=",
      "app=live",
      `app=live&name=${show.streamKey}%00`,
      "app=live&name=%FF%FE",
      `app=live&name=${"a".repeat(500)}`,
      "\u0000\u0001binary",
    ];
    for (const [path, handler] of routes) {
      for (const body of bodies) {
        expect((await handler(callbackRequest(path, body))).status, `${path} ${body}`).toBe(400);
      }
    }
    const wrongType = callbackRequest("/api/internal/live/publish", "{}");
    wrongType.headers.set("content-type", "application/json");
    expect((await publish(wrongType)).status).toBe(400);
    expect((await statusOf(show.sessionId)).status).toBe("SCHEDULED");
  });

  it("refuses a recording outside nginx's folder", async () => {
    const show = await scheduledShow();
    await publishWith(show.streamKey);
    const response = await recordDone(
      callbackRequest("/api/internal/live/record-done", {
        call: "record_done",
        app: "show",
        name: show.sessionId,
        path: "/etc/passwd",
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
