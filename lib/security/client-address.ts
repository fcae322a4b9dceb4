import "server-only";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address for rate limits and logs. Behind a trusted proxy (TRUST_PROXY=true) it is the
 * first hop of X-Forwarded-For. Otherwise `next start` puts the socket's address in that header
 * when the client sent none; a client that sends its own is keyed by the whole header, so rotating it
 * only earns it fresh per-address limits, never someone else's (the per-account limit still holds).
 */
export function clientAddress(source: HeaderSource): string {
  const forwarded = header(source, "x-forwarded-for")?.trim();
  if (!forwarded) return "unknown";
  if (env.TRUST_PROXY === "true") return forwarded.split(",")[0]?.trim() || "unknown";
  return forwarded.slice(0, 200);
}
