"use client";

import { useTranslations } from "next-intl";
import { useLiveStream } from "@/components/live/use-live-stream";
import { Icon } from "@/components/seller/icons";
import { LikeButton } from "./like-button";
import { LiveChat } from "./live-chat";
import { PinnedCard } from "./pinned-card";

/**
 * Selling under the video: the pinned card with Buy, the viewer count and likes, and the chat. All
 * of it comes live from the show's event stream.
 */
export function SellingPanelClient({ sessionId }: { sessionId: string }) {
  const t = useTranslations("liveSelling.panel");
  const [live] = useLiveStream(sessionId);
  const ended = live.status === "ENDED" || live.status === "CANCELLED";
  return (
    <div data-testid="live-selling-panel" className="flex min-w-0 flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <p className="flex items-center gap-1.5 rounded-full bg-earth-900/80 px-3 py-1.5 text-sm font-semibold text-white">
          <Icon name="eye" className="h-4 w-4" />
          <span data-testid="live-viewer-count">{t("viewers", { count: live.viewers ?? 0 })}</span>
        </p>
        {!live.connected && live.status !== null && (
          <p className="text-sm text-earth-700">{t("reconnecting")}</p>
        )}
        <LikeButton sessionId={sessionId} count={live.likes} />
      </div>
      {ended ? (
        <p className="rounded-2xl bg-white p-4 text-center font-semibold">{t("ended")}</p>
      ) : (
        <PinnedCard pin={live.pin} />
      )}
      <LiveChat sessionId={sessionId} lines={live.chat} ended={ended} />
    </div>
  );
}
