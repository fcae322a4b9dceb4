import "server-only";
import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions/result";
import { loadActor, refuseNotOwned } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { idString, requiredText } from "@/lib/validation/text";
import { API_SCOPES, scopesForRole } from "./scopes";
import { newTokenSecret } from "./token-secret";

/** Live (unrevoked) tokens one person may hold: enough for a few scripts, not a way to fill the table. */
export const MAX_LIVE_TOKENS = 10;

const createInput = z.object({
  name: requiredText(60),
  scopes: z.array(z.enum(API_SCOPES)).min(1, { error: "required" }).max(API_SCOPES.length),
});

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const rowSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/**
 * Makes a personal API token for a seller or village admin. The secret is in the result once and
 * never again: only its SHA-256 is stored. Scopes outside the caller's role are refused.
 */
export async function createApiToken(
  userId: string | null,
  input: unknown,
): Promise<ActionResult<{ token: string; row: TokenRow }>> {
  const loaded = await loadActor(userId, ["SELLER", "ADMIN"]);
  if (!loaded.ok) return loaded;
  const parsed = createInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const allowed = scopesForRole(loaded.actor.role);
  if (parsed.data.scopes.some((scope) => !allowed.includes(scope)))
    return fail("invalid_input", { scopes: ["not_allowed"] });
  const live = await db.apiToken.count({ where: { userId: loaded.actor.id, revokedAt: null } });
  if (live >= MAX_LIVE_TOKENS) return fail("too_many_tokens");
  const { token, prefix, secretHash } = newTokenSecret();
  const row = await db.apiToken.create({
    data: {
      userId: loaded.actor.id,
      name: parsed.data.name,
      prefix,
      secretHash,
      scopes: [...new Set(parsed.data.scopes)],
    },
    select: rowSelect,
  });
  return { ok: true, data: { token, row } };
}

/** The caller's own tokens, newest first (revoked ones too, so the list says when each stopped). */
export async function listApiTokens(userId: string): Promise<TokenRow[]> {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: rowSelect,
  });
}

/** Revokes one of the caller's own tokens; it is refused from the next call on. */
export async function revokeApiToken(userId: string | null, input: unknown): Promise<ActionResult> {
  const loaded = await loadActor(userId, ["SELLER", "ADMIN"]);
  if (!loaded.ok) return loaded;
  const parsed = z.object({ tokenId: idString() }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { tokenId } = parsed.data;
  const revoked = await db.apiToken.updateMany({
    where: { id: tokenId, userId: loaded.actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count === 0) {
    const own = await db.apiToken.findFirst({
      where: { id: tokenId, userId: loaded.actor.id },
      select: { id: true },
    });
    // Revoking an already revoked token of one's own is done already.
    if (own) return { ok: true };
    return refuseNotOwned(loaded.actor, "revoke_api_token", () =>
      db.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } }),
    );
  }
  return { ok: true };
}
