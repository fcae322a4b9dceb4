"use client";

import { useSyncExternalStore } from "react";

/** What the header shows for this visitor, from /api/me. */
export type AccountState = {
  role: "BUYER" | "SELLER" | "ADMIN" | null;
  cartCount: number;
  unreadMessages: number;
};

const SIGNED_OUT: AccountState = { role: null, cartCount: 0, unreadMessages: 0 };
let state: AccountState | undefined;
let inFlight: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  inFlight ??= fetch("/api/me", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<AccountState>) : SIGNED_OUT))
    .catch(() => state ?? SIGNED_OUT)
    .then((next) => {
      state = next;
      for (const listener of listeners) listener();
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

/** Call after anything that changes the cart or the session, so every header piece updates. */
export function refreshAccount(): Promise<void> {
  return load();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (state === undefined) void load();
  return () => listeners.delete(listener);
}

/** The visitor's role and cart count; undefined until the first answer (the page is the same for all). */
export function useAccount(): AccountState | undefined {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => undefined,
  );
}
