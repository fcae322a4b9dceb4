// The response headers every route gets, set once in next.config.ts `headers()`. No `server-only`:
// the Next config loads this at build time, outside the app's bundles.

/** Where the seller records photos and voice: the only pages that may ask for the camera and microphone. */
export const RECORDING_PAGES = "/seller/products/:path*";

/** The seller's live console: "Go live" films with the phone's camera and microphone. */
export const LIVE_CONSOLE_PAGES = "/seller/live/:path*";

/** Conversations, where either side may hold to talk: the microphone only (no camera). */
export const CONVERSATION_PAGES = ["/seller/messages/:path*", "/:locale(zh-CN|en)/messages/:path*"];

export const CSP_REPORT_PATH = "/api/csp-report";

/** Origins of the payment provider's hosted checkout page, where a checkout form post ends up. */
export function checkoutOrigins(stripeApiUrl: string | undefined): string[] {
  const origins = ["https://checkout.stripe.com"];
  if (!stripeApiUrl) return origins;
  const url = new URL(stripeApiUrl);
  // The local Stripe-compatible server picks a free port on each test run, after the build that
  // fixed these headers; a loopback host is allowed on any port.
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
  origins.push(loopback ? `${url.protocol}//${url.hostname}:*` : url.origin);
  return origins;
}

/** Paths rendered per request anyway (per-user pages): their scripts carry a nonce made by proxy.ts. */
export const NONCE_PATH_PREFIXES = ["/seller", "/admin", "/signin", "/signup", "/account"] as const;

/** The static header's rule: every path but those above. */
const STATIC_CSP_SOURCE = `/:path((?!(?:${NONCE_PATH_PREFIXES.map((prefix) => prefix.slice(1)).join("|")})(?:/|$)).*)`;

export function usesNonce(pathname: string): boolean {
  return NONCE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** The script sources of a per-request page: only scripts carrying this nonce, and what they load. */
export const nonceScriptSources = (nonce: string) => `'self' 'nonce-${nonce}' 'strict-dynamic'`;

/**
 * The Content-Security-Policy. On prerendered storefront pages it is one static header, so they
 * stay prerendered (a nonce makes a page dynamic): scripts from this origin plus `'unsafe-inline'`,
 * because the App Router writes its bootstrap and RSC payload as inline `<script>` elements whose
 * content differs per page and per render, so no fixed list of hashes covers them, and
 * `experimental.sri` only adds integrity to external chunks. The seller centre, admin and sign-in
 * pages render per request anyway: there proxy.ts sends a nonce-based script policy instead.
 * Everything else is strict everywhere: no other script origin, no eval, no plugins, no framing,
 * no <base> rewriting, forms post only here or to the payment page.
 */
export function contentSecurityPolicy(
  stripeApiUrl: string | undefined,
  scriptSources = "'self' 'unsafe-inline'",
): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    // Tailwind's and Next's inline style attributes and <style> tags.
    "style-src 'self' 'unsafe-inline'",
    // data: for the inline icons, blob: for the photo previews made in the browser.
    "img-src 'self' data: blob:",
    // blob: for the seller's recording played back before it is saved, and for hls.js, which feeds
    // the live video through Media Source Extensions from playlists and fragments on this origin.
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Chromium also applies form-action to the redirect that follows a form post.
    `form-action 'self' ${checkoutOrigins(stripeApiUrl).join(" ")}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join("; ");
}

const denyAll = (features: string[]) => features.map((feature) => `${feature}=()`).join(", ");
const POWERFUL_FEATURES = ["geolocation", "payment", "usb", "serial", "bluetooth", "display-capture"];

export const PERMISSIONS_DENIED = denyAll(["camera", "microphone", ...POWERFUL_FEATURES]);
export const PERMISSIONS_RECORDING = `camera=(self), microphone=(self), ${denyAll(POWERFUL_FEATURES)}`;
export const PERMISSIONS_VOICE = `camera=(), microphone=(self), ${denyAll(POWERFUL_FEATURES)}`;

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/** The `headers()` rules; where two rules match a path, the later one's value wins. */
export function securityHeaderRules(env: {
  siteUrl: string | undefined;
  stripeApiUrl: string | undefined;
}): HeaderRule[] {
  const https = env.siteUrl?.startsWith("https://") ?? false;
  const everywhere = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_DENIED },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
  return [
    { source: "/:path*", headers: everywhere },
    {
      source: STATIC_CSP_SOURCE,
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(env.stripeApiUrl) }],
    },
    { source: RECORDING_PAGES, headers: [{ key: "Permissions-Policy", value: PERMISSIONS_RECORDING }] },
    { source: LIVE_CONSOLE_PAGES, headers: [{ key: "Permissions-Policy", value: PERMISSIONS_RECORDING }] },
    ...CONVERSATION_PAGES.map((source) => ({
      source,
      headers: [{ key: "Permissions-Policy", value: PERMISSIONS_VOICE }],
    })),
  ];
}
