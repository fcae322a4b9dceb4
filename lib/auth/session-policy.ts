import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { logSecurityEvent } from "@/lib/log";

/** A session ends after this long without a request that refreshes it. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** …and this long after sign-in, however busy. */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

/** What our jwt callback keeps in the token beside `sub`. */
export type SessionClaims = {
  /** The user's sessionVersion when the session began. */
  sv?: number;
  /** Sign-in time, seconds since the epoch. */
  authAt?: number;
  /** Last refresh of the session, seconds since the epoch. */
  seenAt?: number;
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims of a session that begins now for a user at `sessionVersion`. */
export function newSessionClaims(sessionVersion: number): Required<SessionClaims> {
  const now = nowSeconds();
  return { sv: sessionVersion, authAt: now, seenAt: now };
}

/**
 * Why a token may no longer be used, or null when it is current: signed out since (version), idle
 * too long, or too old. The version is read from the database, so ending sessions takes effect on
 * the very next request.
 */
export async function sessionRefusal(token: JWT & SessionClaims): Promise<string | null> {
  const now = nowSeconds();
  if (!token.sub || typeof token.sv !== "number") return "malformed";
  if (typeof token.authAt !== "number" || now - token.authAt > SESSION_ABSOLUTE_SECONDS) return "expired";
  if (typeof token.seenAt !== "number" || now - token.seenAt > SESSION_IDLE_SECONDS) return "idle";
  const user = await db.user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true } });
  if (!user) return "no_user";
  if (user.sessionVersion !== token.sv) return "ended";
  return null;
}

/** Ends every session of the user on every device: their tokens' version is stale from now on. */
export async function endSessions(userId: string, reason: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  logSecurityEvent("sessions_ended", { userId, reason });
}
