import { Suspense } from "react";
import { sessionUserId } from "@/lib/auth/session";
import { loadConsole } from "@/lib/live/pins/console";
import { ConsoleClient } from "./console-client";

/**
 * The seller's live selling console, under her video in the seller centre's console page
 * (page.tsx): big product photos to pin with number steppers, the card on show, the sold count and
 * money in big numbers, spoken prompts, and chat moderation. Only the show's own seller sees it.
 */
export function LiveConsolePanel({ sessionId }: { sessionId: string }) {
  return (
    <Suspense fallback={null}>
      <ConsoleLoader sessionId={sessionId} />
    </Suspense>
  );
}

async function ConsoleLoader({ sessionId }: { sessionId: string }) {
  const loaded = await loadConsole(await sessionUserId(), sessionId);
  if (!loaded.ok) return null;
  return <ConsoleClient view={loaded.view} />;
}
