// Used by proxy.ts, before any page renders. No `server-only`: the proxy bundle is separate.

/** Pages only a signed-in user has: a visitor without any session cookie is sent to sign in. */
const SIGNED_IN_PREFIXES = ["/seller", "/admin", "/account"];

// next-auth's session cookie, plain or with the https prefix, whole or split into chunks (`.0`, `.1`).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Where to send a visitor who has no session cookie at all, or null. Pages still check the session
 * and the role themselves; this only lets the common case answer a real 307 (a redirect thrown by a
 * page once its response has started streaming reaches the browser as a client-side one).
 */
export function signInRedirect(url: URL, cookieNames: string[]): URL | null {
  const { pathname, search } = url;
  const needsSignIn = SIGNED_IN_PREFIXES.some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  if (!needsSignIn || cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  const target = new URL("/signin", url);
  target.searchParams.set("callbackUrl", `${pathname}${search}`);
  return target;
}
