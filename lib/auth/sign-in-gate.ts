// Used by proxy.ts, before any page renders. No `server-only`: the proxy bundle is separate.
import { splitLocale } from "@/lib/i18n/paths";

/** Pages only a signed-in user has: a visitor without any session cookie is sent to sign in. */
const SIGNED_IN_PREFIXES = ["/seller", "/admin", "/account"];
/** The same for a buyer's own storefront pages, in either language (the cart stays open to guests). */
const SIGNED_IN_STORE_PAGES = ["/checkout", "/orders", "/pay"];

const under = (prefixes: string[], path: string) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

// next-auth's session cookie, plain or with the https prefix, whole or split into chunks (`.0`, `.1`).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Where to send a visitor who has no session cookie at all, or null. Pages still check the session
 * and the role themselves; this only lets the common case answer a real 307 (a redirect thrown by a
 * page once its response has started streaming reaches the browser as a client-side one).
 */
export function signInRedirect(url: URL, cookieNames: string[]): URL | null {
  const { pathname, search } = url;
  const storePath = splitLocale(pathname)?.rest;
  const needsSignIn =
    under(SIGNED_IN_PREFIXES, pathname) ||
    (storePath !== undefined && under(SIGNED_IN_STORE_PAGES, storePath));
  if (!needsSignIn || cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  const target = new URL("/signin", url);
  target.searchParams.set("callbackUrl", `${pathname}${search}`);
  return target;
}
