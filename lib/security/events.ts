import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import type { SecurityEventKind } from "@/lib/generated/prisma/client";
import { logger, logSecurityEvent, type SecurityEventFields } from "@/lib/log";

/** The events the village admin sees (each is also a log line); the log alone keeps the rest. */
const STORED = {
  sign_in_failed: "SIGN_IN_FAILED",
  sign_in_throttled: "SIGN_IN_THROTTLED",
  throttled: "THROTTLED",
  action_refused: "ACTION_REFUSED",
  webhook_signature_invalid: "WEBHOOK_SIGNATURE_INVALID",
  csp_violation: "CSP_VIOLATION",
  password_changed: "PASSWORD_CHANGED",
} as const satisfies Record<string, SecurityEventKind>;

export type StoredEventKind = keyof typeof STORED;

/** Rows older than this are pruned by the daily job. */
export const SECURITY_EVENT_RETENTION_DAYS = 90;

// A client that floods us (a sign-in script, a forged report storm) is still logged line by line but
// adds at most this many rows an hour, so the table stays bounded between prunes. Per process: with
// several processes the bound is that many times larger, still bounded.
const rowsPerClient = new RateLimiterMemory({
  keyPrefix: "security_event_rows",
  points: 300,
  duration: 3600,
});

async function mayStore(ip: string | null | undefined): Promise<boolean> {
  try {
    await rowsPerClient.consume(ip ?? "unknown");
    return true;
  } catch {
    return false;
  }
}

// The admin of a village sees the events of its sellers and admins; other events have no village.
async function villageOf(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { villageId: true, shop: { select: { villageId: true } } },
  });
  return user?.villageId ?? user?.shop?.villageId ?? null;
}

const clip = (value: string | undefined, max = 200) => (value ? value.slice(0, max) : null);

// An email is turned into the account's id and then dropped: an unknown "email" may be a password
// typed into the wrong field, so it is neither logged nor kept.
async function accountOf(email: string | undefined): Promise<string | null> {
  if (!email) return null;
  try {
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    return user?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * Logs a security event and keeps it for the admin page. Never throws: a database failure here is
 * logged and the request it describes goes on as if nothing happened.
 */
export async function recordSecurityEvent(
  kind: StoredEventKind,
  fields: SecurityEventFields & { detail?: string },
): Promise<void> {
  const { detail, email, ...known } = fields;
  const userId = known.userId ?? (await accountOf(email));
  logSecurityEvent(kind, { ...known, userId, reason: known.reason ?? detail });
  try {
    if (!(await mayStore(fields.ip))) return;
    await db.securityEvent.create({
      data: {
        kind: STORED[kind],
        userId,
        villageId: userId ? await villageOf(userId) : null,
        ip: clip(fields.ip ?? undefined, 100),
        scope: clip(fields.scope),
        reason: clip(known.reason ?? detail),
        retryAfterSeconds: fields.retryAfterSeconds ?? null,
      },
    });
  } catch (error) {
    logger.error(
      { event: kind, message: error instanceof Error ? error.message : String(error) },
      "security event not stored",
    );
  }
}

/** The daily prune: the table keeps the last 90 days. Returns how many rows went. */
export async function pruneSecurityEvents(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SECURITY_EVENT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.securityEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
