import { describe, expect, it } from "vitest";
import { signInRedirect } from "@/lib/auth/sign-in-gate";

describe("the proxy's sign-in gate", () => {
  const at = (path: string) => new URL(`http://localhost${path}`);

  it("sends a visitor with no session cookie from a signed-in page to sign in, with the way back", () => {
    expect(signInRedirect(at("/admin/money?period=this-year"), ["NEXT_LOCALE"])?.toString()).toBe(
      "http://localhost/signin?callbackUrl=%2Fadmin%2Fmoney%3Fperiod%3Dthis-year",
    );
    expect(signInRedirect(at("/seller"), [])?.pathname).toBe("/signin");
    expect(signInRedirect(at("/account/password"), [])?.pathname).toBe("/signin");
  });

  it("does the same for a buyer's checkout, orders and payments in either language", () => {
    expect(signInRedirect(at("/en/orders/o1"), [])?.toString()).toBe(
      "http://localhost/signin?callbackUrl=%2Fen%2Forders%2Fo1",
    );
    for (const path of ["/zh-CN/checkout", "/en/orders", "/zh-CN/pay/o1/return"]) {
      expect(signInRedirect(at(path), [])?.pathname).toBe("/signin");
    }
  });

  it("leaves anyone with a session cookie (plain, https-prefixed or chunked) to the page's own checks", () => {
    for (const name of [
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "next-auth.session-token.0",
    ]) {
      expect(signInRedirect(at("/admin"), [name])).toBeNull();
    }
  });

  it("never stops storefront or sign-in pages, nor look-alike paths", () => {
    for (const path of [
      "/",
      "/en/cart",
      "/en/p/orders",
      "/en/ordersx",
      "/signin",
      "/sellers",
      "/administrator",
    ]) {
      expect(signInRedirect(at(path), [])).toBeNull();
    }
  });
});
