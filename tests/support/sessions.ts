// Sign-in and session cookies the way next-auth makes them, without a browser: the credentials
// provider's authorize, our jwt callback, and next-auth's own token encoding.
import type { User } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { type SessionRequest, sessionUserIdFor } from "@/lib/auth/session";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";

const COOKIE = "next-auth.session-token";
const secret = () => process.env.NEXTAUTH_SECRET ?? "";

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<User | null>;

/** The credentials provider's authorize, as next-auth calls it for a post from `ip`. */
export function authorize(email: string, password: string, ip: string): Promise<User | null> {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password }, { headers: { [PEER_ADDRESS_HEADER]: ip } });
}

/** Signs in and returns the token next-auth would put in the session cookie. */
export async function signInToken(email: string, password: string, ip = "203.0.113.1"): Promise<JWT> {
  const user = await authorize(email, password, ip);
  if (!user) throw new Error("sign-in refused");
  const jwt = authOptions.callbacks?.jwt;
  if (!jwt) throw new Error("no jwt callback");
  return jwt({ token: { name: user.name, email: user.email }, user, account: null });
}

/** The request a browser holding `token` as its session cookie sends. */
export async function requestWith(token: JWT): Promise<SessionRequest> {
  return { headers: {}, cookies: { [COOKIE]: await encode({ token, secret: secret() }) } };
}

/** Who the server says is signed in with this token (null: nobody). */
export async function userIdFor(token: JWT): Promise<string | null> {
  return sessionUserIdFor(await requestWith(token));
}

/** next-auth's sign-out event for this token, as its sign-out route fires it. */
export async function signOut(token: JWT): Promise<void> {
  await authOptions.events?.signOut?.({ token, session: {} as never });
}
