import "server-only";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { authOptions } from "./options";

/** The signed-in user's id from the session cookie, or null. Never trust it for a role. */
export async function sessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user && "id" in session.user && typeof session.user.id === "string"
    ? session.user.id
    : null;
}

/** The signed-in user as the database says now (role included), once per request. */
export const currentUser = cache(async () => {
  const id = await sessionUserId();
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, villageId: true, householdId: true },
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** For pages: sends a signed-out visitor to sign in, and answers 404 to a signed-in user of another role. */
export async function requirePageUser(roles: Role[], returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) notFound();
  return user;
}
