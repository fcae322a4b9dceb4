import { type NextRequest, NextResponse } from "next/server";
import { apiRefusal, isApiPath } from "@/lib/api/errors";
import { signInRedirect } from "@/lib/auth/sign-in-gate";
import { guardRequest, REFUSAL_HEADERS } from "@/lib/http/request-guard";
import { STORE_LOCALE_HEADER, storefrontRedirect } from "@/lib/i18n/locale-routing";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { splitLocale } from "@/lib/i18n/paths";
import { searchRoute } from "@/lib/search/page-key";
import { contentSecurityPolicy, nonceScriptSources, usesNonce } from "@/lib/security/headers";

export async function proxy(request: NextRequest) {
  const refused = await guardRequest(request);
  // The open API answers every refusal in its one JSON error shape.
  if (refused) return isApiPath(request.nextUrl.pathname) ? apiRefusal(refused.status) : refused;
  const isRead = request.method === "GET" || request.method === "HEAD";
  return isRead ? routeRead(request) : withStoreLocale(request);
}

function routeRead(request: NextRequest) {
  if (usesNonce(request.nextUrl.pathname)) {
    // Per-user pages: a visitor with no session at all gets a real redirect to sign in.
    const cookieNames = request.cookies.getAll().map((cookie) => cookie.name);
    const signIn = signInRedirect(request.nextUrl, cookieNames);
    return signIn ? NextResponse.redirect(signIn, 307) : withScriptNonce(request);
  }
  const target = storefrontRedirect(request, request.cookies.get(LOCALE_COOKIE)?.value);
  // 308 keeps old links and bookmarks working for good (and search engines move their index).
  if (target) return NextResponse.redirect(target, 308);
  return searchRead(request) ?? NextResponse.next();
}

/** A search is served from the page cache under its parsed query's key (lib/search/page-key.ts). */
function searchRead(request: NextRequest) {
  const route = searchRoute(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!route) return null;
  if ("notFound" in route) return new NextResponse("Not found\n", { status: 404, headers: REFUSAL_HEADERS });
  const url = request.nextUrl.clone();
  url.pathname = route.rewrite;
  return NextResponse.rewrite(url);
}

/**
 * A storefront action learns its page's language from here (actions have no route params); the
 * value is always the URL's, never what the client sent. Other posts (uploads) pass untouched.
 */
function withStoreLocale(request: NextRequest) {
  const locale = splitLocale(request.nextUrl.pathname)?.locale;
  if (!locale && !request.headers.has(STORE_LOCALE_HEADER)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.delete(STORE_LOCALE_HEADER);
  if (locale) headers.set(STORE_LOCALE_HEADER, locale);
  return NextResponse.next({ request: { headers } });
}

/**
 * A per-user page (rendered per request anyway) gets a fresh nonce: Next reads it from the request's
 * policy and puts it on every script it writes; the browser runs no other inline script.
 */
function withScriptNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(process.env.STRIPE_API_URL, nonceScriptSources(nonce));
  const headers = new Headers(request.headers);
  headers.delete(STORE_LOCALE_HEADER);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Everything but build assets, the product-save pages, message sends and live shows' event
    // streams (long-lived, so nothing in front of them should hold or buffer them)…
    "/((?!_next/static|_next/image|seller/products/|api/conversations/|api/live/).*)",
    // …which the proxy sees too unless they carry a large body: Next buffers whatever passes through
    // the proxy up to `proxyClientMaxBodySize` (1 MB here), so a product save with photos goes straight
    // to its action, bounded there by `serverActions.bodySizeLimit`.
    { source: "/seller/products/:path+", missing: [{ type: "header", key: "content-length" }] },
    {
      source: "/seller/products/:path+",
      has: [{ type: "header", key: "content-length", value: "\\d{1,6}" }],
    },
    // A message with a photo or a recording is bounded by lib/http/node-gate.ts instead.
    { source: "/api/conversations/:path+", missing: [{ type: "header", key: "content-length" }] },
    {
      source: "/api/conversations/:path+",
      has: [{ type: "header", key: "content-length", value: "\\d{1,6}" }],
    },
  ],
};
