"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { LIVE_SESSION_EVENT } from "./use-live-stream";

const POLL_MS = 4000;

/**
 * Re-renders the page when the show goes live, ends or gets its replay: from the show's event
 * stream, which the selling panel holds (useLiveStream passes its `session` events on as a window
 * event, so a viewer is one connection and counted once), and by asking the status route every few
 * seconds in any case, so a missed event or a dropped stream only delays the change.
 */
export function LiveStatusWatcher({
  sessionId,
  status,
  hasReplay,
}: {
  sessionId: string;
  status: string;
  hasReplay: boolean;
}) {
  const router = useRouter();
  useEffect(() => {
    let changed = false;
    const refresh = () => {
      if (changed) return;
      changed = true;
      router.refresh();
    };
    const onSession = (event: Event) => {
      const detail = (event as CustomEvent<{ sessionId: string; status: string }>).detail;
      if (detail.sessionId === sessionId && detail.status !== status) refresh();
    };
    window.addEventListener(LIVE_SESSION_EVENT, onSession);
    const poll = setInterval(async () => {
      const response = await fetch(`/live-video/status/${sessionId}`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response?.ok) return;
      const now = (await response.json()) as { status: string; hasReplay: boolean };
      if (now.status !== status || now.hasReplay !== hasReplay) refresh();
    }, POLL_MS);
    return () => {
      window.removeEventListener(LIVE_SESSION_EVENT, onSession);
      clearInterval(poll);
    };
  }, [router, sessionId, status, hasReplay]);
  return null;
}
