import "server-only";
import type { NextApiRequest, NextApiResponse } from "next";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { authOptions } from "./options";

/** What reading a session needs from a request. */
export type SessionRequest = { headers: Record<string, string>; cookies: Record<string, string> };

// Reading a session from a page cannot write cookies; next-auth's own route refreshes them.
const noResponse = { getHeader() {}, setCookie() {}, setHeader() {} };

/**
 * The user id of the session in these cookies, or null. Reading the session runs our jwt callback,
 * which refuses a token that was signed out, ended by a password change or suspension, idle or too
 * old (lib/auth/session-policy.ts), so a stale cookie reads as a signed-out visitor.
 */
export async function sessionUserIdFor(request: SessionRequest): Promise<string | null> {
  const session = await getServerSession(
    request as unknown as NextApiRequest,
    noResponse as unknown as NextApiResponse,
    authOptions,
  );
  return session?.user && "id" in session.user && typeof session.user.id === "string"
    ? session.user.id
    : null;
}

/**
 * The signed-in user's id from this request's session cookie, or null. Never trust it for a role.
 * Every action, page and route that asks who is calling goes through here (and so through the
 * session checks above), once per request.
 */
export const sessionUserId = cache(async (): Promise<string | null> => {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  return sessionUserIdFor({
    headers: Object.fromEntries(headerList),
    cookies: Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value])),
  });
});

/** The signed-in user as the database says now (role included), once per request. */
export const currentUser = cache(async () => {
  const id = await sessionUserId();
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, villageId: true, householdId: true },
  });
});

/** A user's role as the database says now, or null for no user (or one that is gone). */
export async function roleOf(userId: string | null): Promise<Role | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return user?.role ?? null;
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** For pages: sends a signed-out visitor to sign in, and answers 404 to a signed-in user of another role. */
export async function requirePageUser(roles: Role[], returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) notFound();
  return user;
}
