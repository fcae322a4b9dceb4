import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { throttledSignInError } from "@/lib/auth/sign-in-errors";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { recordSecurityEvent } from "@/lib/security/events";
import { signInBlocked } from "@/lib/security/rate-limit";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Credentials posts of a client that is backing off get 429 with Retry-After before any password is
 * checked. The body keeps next-auth's shape ({ url } with `error=throttled:<seconds>`) so its client shows our
 * message. authorize() enforces the same limits for anything that slips past (a race).
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "")
      .trim()
      .toLowerCase()
      .slice(0, 200);
    const ip = clientAddress(request.headers);
    const blocked = await signInBlocked(email, ip);
    if (!blocked.ok) {
      await recordSecurityEvent("sign_in_throttled", {
        email,
        ip,
        scope: "sign_in",
        retryAfterSeconds: blocked.retryAfterSeconds,
      });
      const url = new URL("/signin", env.NEXTAUTH_URL);
      const error = throttledSignInError(blocked.retryAfterSeconds);
      url.searchParams.set("error", error);
      return Response.json(
        { url: url.toString(), error, retryAfterSeconds: blocked.retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(blocked.retryAfterSeconds) } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET, POST };
