import "server-only";

/**
 * What sign-up answers for an email that already has an account: the same success as a new one,
 * with nothing written, so the sign-up form cannot be used to learn who is registered.
 */
export const ALREADY_REGISTERED = { ok: true as const, data: { userId: null, shopId: null, slug: null } };
