"use client";

import { usePathname } from "next/navigation";
import { Suspense, useEffect } from "react";

// Server components cannot rewrite the session cookie, so its idle clock (see
// lib/auth/session-policy.ts) restarts here: at most every few minutes, on navigation.
const REFRESH_MS = 5 * 60 * 1000;
let lastRefresh = 0;

/** Tells the server the signed-in user is active, so the session's idle limit counts real use. */
export function SessionActivity() {
  // The path is only known at request time on some prerendered pages: nothing to show meanwhile.
  return (
    <Suspense fallback={null}>
      <ActivityOnNavigation />
    </Suspense>
  );
}

function ActivityOnNavigation() {
  const pathname = usePathname();
  useEffect(() => {
    if (!pathname || Date.now() - lastRefresh < REFRESH_MS) return;
    lastRefresh = Date.now();
    void fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => {});
  }, [pathname]);
  return null;
}
