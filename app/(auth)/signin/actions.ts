"use server";

import { roleHome } from "@/lib/accounts/callback";
import { currentUser } from "@/lib/auth/session";

/** Where the just-signed-in user belongs, by the role the database holds (never the client's word). */
export async function homeForCurrentUser(): Promise<string> {
  return roleHome((await currentUser())?.role);
}
