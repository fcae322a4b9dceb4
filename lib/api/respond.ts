import { createHash } from "node:crypto";

/**
 * Who may keep a response: the public catalog may sit in any cache for a minute (and be served a
 * little stale while it is refreshed); a token's answers only in the caller's own, revalidated
 * every time, so a revoked token stops reading at once.
 */
const CACHE_CONTROL = {
  public: "public, max-age=60, stale-while-revalidate=300",
  private: "private, no-cache",
} as const;

export type Audience = keyof typeof CACHE_CONTROL;

/** A strong ETag: the SHA-256 of the exact body bytes, so equal bodies and only they share it. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*` matches anything. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/** A JSON answer with its ETag; 304 with no body when the caller already holds this exact one. */
export function jsonResponse(request: Request, data: unknown, audience: Audience): Response {
  const body = JSON.stringify(data);
  const etag = strongEtag(body);
  const headers: Record<string, string> = {
    etag,
    "cache-control": CACHE_CONTROL[audience],
    // The token decides what a private answer holds; the public catalog may be read from any site's
    // scripts (no credentials are involved).
    ...(audience === "private" ? { vary: "Authorization" } : { "access-control-allow-origin": "*" }),
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": "application/json" } });
}
