import type { Role } from "@/lib/generated/prisma/client";

/** What a personal API token may read. Each scope belongs to one role, re-checked on every call. */
export const API_SCOPES = ["seller:read", "village:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_ROLE: Record<ApiScope, Role> = {
  "seller:read": "SELLER",
  "village:read": "ADMIN",
};

/** The scopes a user of this role may put on a token. */
export function scopesForRole(role: Role): ApiScope[] {
  return API_SCOPES.filter((scope) => SCOPE_ROLE[scope] === role);
}
