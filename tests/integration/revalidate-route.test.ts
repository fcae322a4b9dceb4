import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/internal/revalidate/route";
import { revalidateToken } from "@/lib/catalog/invalidate";
import { clearExpiredTags, expiredTags } from "../support/next-cache-stub";

// The job worker's way to expire storefront pages: only with the server's own token, only tags.
const post = (body: string, token?: string) =>
  POST(
    new Request("http://localhost/api/internal/revalidate", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    }),
  );

describe("the internal revalidation route", () => {
  beforeEach(clearExpiredTags);

  it("expires the tags it is sent with the server's token", async () => {
    const response = await post(JSON.stringify({ tags: ["product:a", "card:a"] }), revalidateToken());
    expect(response.status).toBe(200);
    expect(expiredTags()).toEqual(["product:a", "card:a"]);
  });

  it("refuses a missing or wrong token with 403 and expires nothing", async () => {
    for (const token of [undefined, "nope", `${revalidateToken()}x`]) {
      expect((await post(JSON.stringify({ tags: ["catalog"] }), token)).status).toBe(403);
    }
    expect(expiredTags()).toEqual([]);
  });

  it("answers malformed bodies and odd bytes with 400 and expires nothing", async () => {
    for (const body of [
      "not json",
      "{}",
      JSON.stringify({ tags: [] }),
      JSON.stringify({ tags: ["a\u0000b"] }),
    ]) {
      expect((await post(body, revalidateToken())).status, body).toBe(400);
    }
    expect(expiredTags()).toEqual([]);
  });
});
