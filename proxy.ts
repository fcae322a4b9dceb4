import { type NextRequest, NextResponse } from "next/server";
import { guardRequest } from "@/lib/http/request-guard";

export async function proxy(request: NextRequest) {
  return (await guardRequest(request)) ?? NextResponse.next();
}

export const config = {
  matcher: [
    // Everything but build assets and the product-save pages…
    "/((?!_next/static|_next/image|seller/products/).*)",
    // …which the proxy sees too unless they carry a large body: Next buffers whatever passes through
    // the proxy up to `proxyClientMaxBodySize` (1 MB here), so a product save with photos goes straight
    // to its action, bounded there by `serverActions.bodySizeLimit`.
    { source: "/seller/products/:path+", missing: [{ type: "header", key: "content-length" }] },
    {
      source: "/seller/products/:path+",
      has: [{ type: "header", key: "content-length", value: "\\d{1,6}" }],
    },
  ],
};
