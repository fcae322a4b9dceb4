import "server-only";
import { db } from "@/lib/db/client";
import { recordSecurityEvent } from "@/lib/security/events";
import { throttle } from "@/lib/security/rate-limit";
import { apiError } from "./errors";
import { type ApiScope, SCOPE_ROLE } from "./scopes";
import { hashToken, TOKEN_PATTERN } from "./token-secret";

export type TokenCaller = {
  userId: string;
  tokenId: string;
  /** The seller's own shop (seller:read). */
  shopId: string | null;
  /** The admin's village (village:read). */
  villageId: string | null;
};

export type Authenticated = { ok: true; caller: TokenCaller } | { ok: false; response: Response };

// lastUsedAt is written at most once a minute per token, so a busy script does not turn every read
// into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

const challenge = { "www-authenticate": 'Bearer realm="xiaying-api"' };
const refuse = (response: Response): Authenticated => ({ ok: false, response });

/**
 * Who is calling with `Authorization: Bearer xy_…`, checked against the database on every call: the
 * token must exist, not be revoked and carry `scope`; its owner must still have the scope's role,
 * and a seller's shop must be open (a suspended shop's tokens stop with it).
 */
export async function authenticateToken(
  request: Request,
  scope: ApiScope,
  ip: string,
): Promise<Authenticated> {
  const header = request.headers.get("authorization");
  if (!header)
    return refuse(
      apiError("unauthorized", "Send a personal API token as `Authorization: Bearer xy_…`.", challenge),
    );
  const token = /^Bearer +(\S+)$/i.exec(header.trim())?.[1];
  if (!token || !TOKEN_PATTERN.test(token))
    return refuse(
      apiError("unauthorized", "The Authorization header does not hold an API token.", challenge),
    );
  const secretHash = hashToken(token);
  // Per token before any database work: a leaked token in a loop is held here.
  const limited = await throttle("apiToken", `token:${secretHash}`, { ip });
  if (!limited.ok)
    return refuse(
      apiError("rate_limited", "Too many requests with this token.", {
        "retry-after": String(limited.retryAfterSeconds),
      }),
    );
  const found = await db.apiToken.findUnique({
    where: { secretHash },
    select: {
      id: true,
      scopes: true,
      revokedAt: true,
      lastUsedAt: true,
      user: {
        select: { id: true, role: true, villageId: true, shop: { select: { id: true, status: true } } },
      },
    },
  });
  if (!found || found.revokedAt)
    return refuse(apiError("unauthorized", "This token is unknown or was revoked.", challenge));
  const { user } = found;
  const refusedBecause = !found.scopes.includes(scope)
    ? `missing_scope:${scope}`
    : user.role !== SCOPE_ROLE[scope]
      ? `wrong_role:${user.role}`
      : scope === "seller:read" && user.shop?.status !== "ACTIVE"
        ? "shop_not_active"
        : scope === "village:read" && !user.villageId
          ? "no_village"
          : null;
  if (refusedBecause) {
    await recordSecurityEvent("action_refused", {
      userId: user.id,
      ip,
      scope: `api ${scope}`,
      reason: refusedBecause,
    });
    return refuse(apiError("forbidden", `This token may not read this (${refusedBecause}).`));
  }
  const now = new Date();
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  return {
    ok: true,
    caller: { userId: user.id, tokenId: found.id, shopId: user.shop?.id ?? null, villageId: user.villageId },
  };
}
