import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger, logSecurityEvent } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { recordSecurityEvent } from "@/lib/security/events";
import { recordSignInSuccess, spendSignInAttempt } from "@/lib/security/rate-limit";
import { verifyPassword } from "./password";
import {
  endSessions,
  newSessionClaims,
  SESSION_ABSOLUTE_SECONDS,
  type SessionClaims,
  sessionRefusal,
} from "./session-policy";
import { throttledSignInError } from "./sign-in-errors";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

// A real hash to verify against when the email is unknown, so a miss costs as long as a hit.
const UNKNOWN_USER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$s+fkC73VgmHWC/+73ZOBsQ$WVzYjsy6xP0kX2nR7S6ulO0OI0DO2PKUFd6RKff9IAQ";

export { SIGN_IN_THROTTLED } from "./sign-in-errors";

/** Thrown by the jwt callback: next-auth then answers "no session" and clears the cookie. */
class SessionRefused extends Error {}

// On https the cookies get the __Secure-/__Host- prefixes and the Secure flag.
const secure = env.NEXTAUTH_URL.startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_SECONDS },
  useSecureCookies: secure,
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(req?.headers ?? {});
        // Known and unknown emails are throttled alike, so the limit says nothing about the account.
        const blocked = await spendSignInAttempt(email, ip);
        if (!blocked.ok) {
          await recordSecurityEvent("sign_in_throttled", {
            email,
            ip,
            scope: "sign_in",
            retryAfterSeconds: blocked.retryAfterSeconds,
          });
          // next-auth passes the message on as the error code: the form reads the wait from it.
          throw new Error(throttledSignInError(blocked.retryAfterSeconds));
        }
        const user = await db.user.findUnique({ where: { email } });
        const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
        if (!user || !valid) {
          // The account when it exists; an unknown email is not kept (it may be a mistyped password).
          await recordSecurityEvent("sign_in_failed", {
            ip,
            scope: "sign_in",
            userId: user?.id ?? null,
            reason: user ? "wrong_password" : "unknown_account",
          });
          return null;
        }
        await recordSignInSuccess(email, ip);
        logSecurityEvent("sign_in_succeeded", { userId: user.id, ip });
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only the user id and the session's version and times travel in the token: roles are always
    // read from the database.
    async jwt({ token, user }) {
      if (user) {
        const sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return { sub: user.id, name: token.name, email: token.email, ...newSessionClaims(sessionVersion) };
      }
      const claims = token as typeof token & SessionClaims;
      const refusal = await sessionRefusal(claims);
      if (refusal) {
        logSecurityEvent("session_refused", { userId: token.sub ?? null, reason: refusal });
        throw new SessionRefused(refusal);
      }
      // Every read of the session counts as use; where next-auth can write the cookie
      // (/api/auth/session) the idle clock restarts.
      claims.seenAt = Math.floor(Date.now() / 1000);
      return claims;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too: a copied cookie is worthless afterwards.
    async signOut({ token }) {
      if (token?.sub) {
        await endSessions(token.sub, "sign_out");
        logSecurityEvent("signed_out", { userId: token.sub });
      }
    },
  },
  logger: {
    error(code, metadata) {
      // A refused or unreadable session cookie is expected (refusals are logged as security events).
      if (code === "JWT_SESSION_ERROR") {
        if (!(metadata instanceof SessionRefused)) logger.info({ code }, "unreadable session cookie");
        return;
      }
      logger.error(
        { code, message: metadata instanceof Error ? metadata.message : undefined },
        "next-auth error",
      );
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};
