import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import type { LiveCard as LiveCardData } from "@/lib/live/sessions/read";

/** A picture of the show, from its cover or its first product's photo. */
export function liveCoverUrl(session: { id: string; hasCover: boolean; fallbackImageId: string | null }) {
  if (session.hasCover) return `/live-cover/${session.id}`;
  return session.fallbackImageId ? `/images/${session.fallbackImageId}` : null;
}

/** One show in a list: a tall picture with the LIVE badge or its start time over it, like Douyin's feed. */
export async function LiveCard({ session }: { session: LiveCardData }) {
  const [t, format, locale] = await Promise.all([getTranslations("liveVideo"), getFormatter(), getLocale()]);
  const cover = liveCoverUrl(session);
  const live = session.status === "LIVE";
  return (
    <Link
      href={`/live/${session.id}`}
      className="group relative flex aspect-[3/4] flex-col justify-end overflow-hidden rounded-2xl bg-turquoise-900 text-white shadow-sm ring-1 ring-earth-100"
    >
      {cover ? (
        // biome-ignore lint/performance/noImgElement: covers come from our own route, already sized WebP.
        <img src={cover} alt="" loading="lazy" className="absolute inset-0 h-full w-full object-cover" />
      ) : null}
      <span
        className={`absolute top-2 left-2 rounded-full px-2.5 py-1 text-sm font-bold ${
          live ? "bg-red-600 text-white" : "bg-white/90 text-earth-900"
        }`}
      >
        {live ? `● ${t("badge.LIVE")}` : t("badge.SCHEDULED")}
      </span>
      <span className="relative bg-gradient-to-t from-black/85 via-black/50 to-transparent p-3 pt-10">
        <span className="line-clamp-2 font-bold">{session.title}</span>
        <span className="block text-sm text-white/90">
          {localized(locale, session.shop.nameZh, session.shop.nameEn)}
        </span>
        {live ? null : (
          <span className="block text-sm font-semibold text-amber-200">
            {t("list.startsAt", {
              time: format.dateTime(session.scheduledAt, {
                month: "numeric",
                day: "numeric",
                hour: "numeric",
                minute: "2-digit",
              }),
            })}
          </span>
        )}
      </span>
    </Link>
  );
}
