import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { expectRefusal } from "../support/api";

// What reaches /api/v1 through the proxy: odd bytes are refused there, in the API's error shape;
// a token-carrying GET is let through untouched (no sign-in redirect, no language redirect).
describe("the proxy in front of /api/v1", () => {
  it("refuses control characters in the query or path with the documented 400", async () => {
    for (const url of ["/api/v1/products?shop=%00", "/api/v1/search?q=%1B", "/api/v1/products/%E0%A4%A"]) {
      const response = await proxy(new NextRequest(`http://localhost${url}`));
      await expectRefusal("/products", response, 400, "bad_request");
    }
  });

  it("lets a GET with a token through to the route", async () => {
    const response = await proxy(
      new NextRequest("http://localhost/api/v1/seller/orders?limit=5", {
        headers: { authorization: `Bearer xy_${"A".repeat(43)}` },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
