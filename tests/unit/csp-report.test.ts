import { describe, expect, it } from "vitest";
import { MAX_CSP_REPORT_BYTES, parseCspReport, readBounded } from "@/lib/security/csp-report";
import { checkoutOrigins, contentSecurityPolicy } from "@/lib/security/headers";

const post = (body: string) => new Request("http://localhost/api/csp-report", { method: "POST", body });

describe("CSP violation reports", () => {
  it("reads the report-uri form, keeping URIs without their query", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": "http://localhost:3000/p/abc?token=secret#x",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "line-number": 12,
      },
    });
    expect(parseCspReport(body)).toEqual([
      {
        documentUri: "http://localhost:3000/p/abc",
        directive: "script-src-elem",
        blockedUri: "inline",
        sourceFile: undefined,
        line: 12,
        disposition: undefined,
      },
    ]);
  });

  it("reads the Reporting API form and refuses anything else", () => {
    const body = JSON.stringify([
      { type: "csp-violation", body: { documentURL: "http://x.test/a", effectiveDirective: "img-src" } },
      { type: "deprecation", body: {} },
    ]);
    expect(parseCspReport(body)).toMatchObject([{ documentUri: "http://x.test/a", directive: "img-src" }]);
    expect(parseCspReport("not json")).toBeNull();
    expect(parseCspReport("{}")).toBeNull();
  });

  it("reads a small body and stops past the limit", async () => {
    expect(await readBounded(post("{}"))).toBe("{}");
    expect(await readBounded(post("x".repeat(MAX_CSP_REPORT_BYTES + 1)))).toBeNull();
  });
});

describe("the Content-Security-Policy", () => {
  it("allows scripts from this site only, and forms to this site and the payment page", () => {
    const csp = contentSecurityPolicy("http://127.0.0.1:12111");
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("form-action 'self' https://checkout.stripe.com http://127.0.0.1:*;");
    expect(checkoutOrigins(undefined)).toEqual(["https://checkout.stripe.com"]);
    expect(checkoutOrigins("https://stripe.internal.test/v1")).toContain("https://stripe.internal.test");
  });
});
