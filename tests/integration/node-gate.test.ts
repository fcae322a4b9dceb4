// Product saves bypass proxy.ts (it would buffer their photos), so the Node-level gate refuses a
// foreign Origin (403) or an oversized declared body (413) there before Next reads it; Next itself
// answers both with 500.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, MESSAGE_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "@/lib/http/body-limits";
import { installNodeGate } from "@/lib/http/node-gate";

let server: http.Server;
let port: number;
let reachedApp = 0;

beforeAll(async () => {
  installNodeGate();
  server = http.createServer((request, response) => {
    reachedApp++;
    request.resume();
    request.on("end", () => response.end("app"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request, so the declared length can differ from what is sent. */
function send(method: string, path: string, headers: Record<string, string>, body: string | Buffer = "") {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, headers }, (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Streams `length` bytes in 1 MB pieces, one every 10 ms, as a phone uploading photos would: the
 * refusal arrives while it is still sending. Resolves once both the answer and the upload have ended.
 */
function sendInChunks(path: string, length: number) {
  return new Promise<{ status: number; uploadError: string | null }>((resolve) => {
    let status = 0;
    let uploadError: string | null = null;
    let pending = 2;
    const done = () => --pending === 0 && resolve({ status, uploadError });
    const headers = { ...action, origin: `http://${host()}`, host: host(), "content-length": String(length) };
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path, headers }, (response) => {
      status = response.statusCode ?? 0;
      response.resume();
      response.on("end", done);
    });
    request.on("error", (error) => {
      uploadError = error.message;
      if (status === 0) pending--; // no answer is coming
      done();
    });
    const piece = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const next = () => {
      if (uploadError) return;
      if (sent >= length) return void request.end(() => done());
      const size = Math.min(piece.length, length - sent);
      sent += size;
      request.write(size === piece.length ? piece : piece.subarray(0, size), () => setTimeout(next, 10));
    };
    next();
  });
}

const action = { "next-action": "abc123", "content-type": "multipart/form-data; boundary=x" };
const host = () => `127.0.0.1:${port}`;

describe("the Node gate on product saves", () => {
  it("refuses a foreign Origin with 403 before the app sees it", async () => {
    const before = reachedApp;
    const answer = await send(
      "POST",
      "/seller/products/p1",
      { ...action, origin: "https://evil.example", host: host(), "content-length": "4" },
      "body",
    );
    expect(answer).toEqual({ status: 403, text: "Forbidden\n" });
    expect(reachedApp).toBe(before);
  });

  it("refuses a declared body over the upload limit with 413 without reading it", async () => {
    const before = reachedApp;
    const answer = await send("POST", "/seller/products/new", {
      ...action,
      origin: `http://${host()}`,
      host: host(),
      "content-length": String(UPLOAD_BODY_LIMIT_BYTES + 1),
    });
    expect(answer.status).toBe(413);
    expect(reachedApp).toBe(before);
  });

  it("a client still sending an oversized body reads the 413 and finishes sending, no broken pipe", async () => {
    const answer = await sendInChunks("/seller/products/new", UPLOAD_BODY_LIMIT_BYTES + 1);
    expect(answer).toEqual({ status: 413, uploadError: null });
  });

  it("lets a same-origin save within the limit, and every other path, through to the app", async () => {
    const before = reachedApp;
    const save = await send(
      "POST",
      "/seller/products/p1",
      { ...action, origin: `http://${host()}`, host: host(), "content-length": "4" },
      "body",
    );
    expect(save).toEqual({ status: 200, text: "app" });
    // Other paths are the proxy's to judge, with its smaller limit.
    const other = await send(
      "POST",
      "/cart",
      { ...action, origin: "https://evil.example", host: host(), "content-length": "4" },
      "body",
    );
    expect(other.status).toBe(200);
    expect(reachedApp).toBe(before + 2);
  });
});

describe("the Node gate on message sends", () => {
  const path = "/api/conversations/c1/messages";
  const declaring = (length: number) => ({
    "content-type": "multipart/form-data; boundary=x",
    origin: `http://${host()}`,
    host: host(),
    "content-length": String(length),
  });

  it("lets a photo or recording over the proxy's 1 MB through, and refuses one over the message limit", async () => {
    const before = reachedApp;
    const photo = await send(
      "POST",
      path,
      declaring(BODY_LIMIT_BYTES + 1),
      Buffer.alloc(BODY_LIMIT_BYTES + 1),
    );
    expect(photo).toEqual({ status: 200, text: "app" });
    const tooLarge = await send("POST", path, declaring(MESSAGE_BODY_LIMIT_BYTES + 1));
    expect(tooLarge.status).toBe(413);
    expect(reachedApp).toBe(before + 1);
  });
});
