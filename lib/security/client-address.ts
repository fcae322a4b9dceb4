import "server-only";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "./peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value[0] : value;
}

/** How many reverse proxies in front of the server append to X-Forwarded-For (TRUST_PROXY). */
export const TRUSTED_PROXY_HOPS =
  env.TRUST_PROXY === "true" ? 1 : env.TRUST_PROXY === "false" ? 0 : Number(env.TRUST_PROXY);

/**
 * The client's address for rate limits and logs. Without TRUST_PROXY it is the socket's peer, which
 * the server stamps on every request (lib/security/peer-address.ts), or the fixed key "direct" when
 * nothing stamped it: never X-Forwarded-For, which any client can fill with a fresh value per request
 * to dodge the per-client limits. Behind N trusted proxies (TRUST_PROXY=N, "true" = 1) it is the
 * N-th address from the right of X-Forwarded-For: each proxy appends the peer it saw, so entries
 * further left were written by the client and prove nothing.
 */
export function clientAddress(source: HeaderSource, trustedHops = TRUSTED_PROXY_HOPS): string {
  if (trustedHops > 0) {
    const hops = (header(source, "x-forwarded-for") ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const client = hops[Math.max(0, hops.length - trustedHops)];
    if (client) return client.slice(0, 100);
  }
  return header(source, PEER_ADDRESS_HEADER)?.trim().slice(0, 100) || "direct";
}
