import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/seller/icons";
import { videoAvailable } from "@/lib/live/media";

/** Said plainly on the seller's live pages when this server runs without nginx-rtmp or ffmpeg. */
export async function VideoOffNotice() {
  if (videoAvailable()) return null;
  const t = await getTranslations("liveVideo.seller");
  return (
    <p
      role="status"
      data-testid="video-off"
      className="flex items-start gap-3 rounded-3xl bg-amber-50 p-4 font-semibold text-amber-900 ring-2 ring-amber-300"
    >
      <Icon name="alert" className="h-8 w-8 shrink-0" />
      {t("videoOff")}
    </p>
  );
}
