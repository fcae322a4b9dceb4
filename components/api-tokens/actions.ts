"use server";

import { refresh } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/api/tokens";
import { sessionUserId } from "@/lib/auth/session";
import type { CreateTokenState } from "./create-token-form";

// The seller centre's and the admin pages' token actions: the use cases read the caller's role from
// the database and keep each person to their own tokens and their role's scopes.

export async function createApiTokenAction(
  _state: CreateTokenState,
  formData: FormData,
): Promise<CreateTokenState> {
  const result = await createApiToken(await sessionUserId(), {
    name: formData.get("name"),
    scopes: formData.getAll("scope"),
  });
  if (!result.ok) return { ok: false, error: result.error };
  refresh();
  // The secret goes to this one answer and nowhere else.
  return { ok: true, token: result.data.token };
}

export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  await revokeApiToken(await sessionUserId(), { tokenId: formData.get("tokenId") });
  refresh();
}
