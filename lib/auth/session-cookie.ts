import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { newSessionClaims, SESSION_ABSOLUTE_SECONDS } from "./session-policy";

// next-auth's own name and attributes for the session cookie (useSecureCookies on https).
const secure = env.NEXTAUTH_URL.startsWith("https://");
const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;

/**
 * Gives this browser a fresh session at the user's current session version, as signing in would:
 * after a password change has ended every session, the browser that changed it stays signed in.
 */
export async function renewSessionCookie(
  user: { id: string; name: string; email: string },
  sessionVersion: number,
): Promise<void> {
  const token = { sub: user.id, name: user.name, email: user.email, ...newSessionClaims(sessionVersion) };
  const value = await encode({ token, secret: env.NEXTAUTH_SECRET, maxAge: SESSION_ABSOLUTE_SECONDS });
  (await cookies()).set(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
}
