"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { LiveEvent } from "@/lib/live/channel";

const POLL_MS = 4000;

/**
 * Re-renders the page when the show goes live, ends or gets its replay: from the show's event
 * stream (`{type:"session"}` on /api/live/[id]/events) where it exists, and by asking the status
 * route every few seconds in any case, so a missed event or a dropped stream only delays the change.
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
    const events = new EventSource(`/api/live/${sessionId}/events`);
    events.onmessage = (message) => {
      try {
        const event = JSON.parse(message.data) as LiveEvent;
        if (event.type === "session" && event.status !== status) refresh();
      } catch {
        // Not one of ours.
      }
    };
    const poll = setInterval(async () => {
      const response = await fetch(`/live-video/status/${sessionId}`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response?.ok) return;
      const now = (await response.json()) as { status: string; hasReplay: boolean };
      if (now.status !== status || now.hasReplay !== hasReplay) refresh();
    }, POLL_MS);
    return () => {
      events.close();
      clearInterval(poll);
    };
  }, [router, sessionId, status, hasReplay]);
  return null;
}
