import { ClientMessages } from "@/components/i18n/client-messages";
import { SellingPanelClient } from "./selling-panel-client";

/**
 * Selling during the show, under the video of the live page (page.tsx): the pinned card with Buy,
 * chat, likes and the viewer count. Reads nothing per visitor on the server, so the page around it
 * stays cacheable; everything live comes from /api/live/:id/events in the browser.
 */
export function LiveSellingPanel({ sessionId }: { sessionId: string; shopId: string }) {
  return (
    <ClientMessages namespaces={["liveSelling"]}>
      <SellingPanelClient sessionId={sessionId} />
    </ClientMessages>
  );
}
