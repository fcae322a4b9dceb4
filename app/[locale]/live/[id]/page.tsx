import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { liveCoverUrl } from "@/components/live/live-card";
import { LivePlayer } from "@/components/live/live-player";
import { LiveStatusWatcher } from "@/components/live/live-status-watcher";
import { ProductGrid } from "@/components/product/product-grid";
import { Link } from "@/lib/i18n/link";
import { localized } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-path";
import { mediaServer } from "@/lib/live/media";
import { getLiveSession, type LiveSessionView } from "@/lib/live/sessions/read";
import { liveSessionParams } from "@/lib/live/sessions/static-params";
import { parseRouteText } from "@/lib/validation/text";
import { LiveSellingPanel } from "./selling-panel";

type Props = { params: Promise<{ id: string }> };

export const generateStaticParams = liveSessionParams;

async function sessionOf(params: Props["params"]) {
  const id = parseRouteText((await params).id, 40);
  return id ? getLiveSession(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await sessionOf(params);
  return session ? { title: session.title } : {};
}

/**
 * A live show as a buyer watches it on her phone: the vertical video with the shop and status laid
 * over it, the selling panel (pinned product, buy, chat) under it, the show's products below. The
 * page is cached per status; the watcher re-renders it when the media server moves the status.
 */
export default async function LiveSessionPage({ params }: Props) {
  const session = await sessionOf(params);
  if (!session) notFound();
  const [t, locale] = await Promise.all([getTranslations("liveVideo"), pageLocale()]);
  const shopName = localized(locale, session.shop.nameZh, session.shop.nameEn);
  // The video's sound button sits top right: the title leaves it room.
  const playing = session.status === "LIVE" || (session.status === "ENDED" && session.replayPath !== null);
  return (
    <main className="mx-auto max-w-6xl sm:px-4 sm:py-6">
      <LiveStatusWatcher
        sessionId={session.id}
        status={session.status}
        hasReplay={session.replayPath !== null}
      />
      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        <div className="relative md:w-[420px] md:shrink-0">
          <ShowStage session={session} />
          <div
            className={`pointer-events-none absolute inset-x-0 top-0 flex items-start gap-2 bg-gradient-to-b from-black/70 to-transparent p-3 text-white sm:rounded-t-3xl ${
              playing ? "pr-48" : ""
            }`}
          >
            <div className="min-w-0">
              <h1 className="line-clamp-2 text-lg font-bold drop-shadow">{session.title}</h1>
              <p className="text-sm text-white/90">{shopName}</p>
            </div>
          </div>
          <p
            data-testid="live-status"
            className={`absolute bottom-3 left-3 rounded-full px-3 py-1 text-sm font-bold ${
              session.status === "LIVE" ? "bg-red-600 text-white" : "bg-white/90 text-earth-900"
            }`}
          >
            {session.status === "ENDED" && session.replayPath
              ? t("badge.replay")
              : t(`badge.${session.status}`)}
          </p>
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-4 px-4 pb-8 sm:px-0">
          <LiveSellingPanel sessionId={session.id} shopId={session.shop.id} />
          <Link
            href={`/s/${session.shop.slug}`}
            className="inline-flex min-h-12 items-center self-start rounded-full px-4 font-semibold text-turquoise-700 ring-1 ring-turquoise-100 hover:bg-turquoise-50"
          >
            {t("show.visitShop")} · {shopName}
          </Link>
          <section aria-labelledby="show-products">
            <h2 id="show-products" className="mb-3 text-xl font-bold">
              {t("show.products")}
            </h2>
            {session.products.length === 0 ? (
              <p className="rounded-2xl bg-white p-6 text-earth-700 ring-1 ring-earth-100">
                {t("show.noProducts")}
              </p>
            ) : (
              <ProductGrid products={session.products} />
            )}
          </section>
        </div>
      </div>
    </main>
  );
}

/** The video while live, the replay after, and the cover with the start time before. */
async function ShowStage({ session }: { session: LiveSessionView }) {
  const [t, format] = await Promise.all([getTranslations("liveVideo.show"), getFormatter()]);
  const media = mediaServer();
  if (session.status === "LIVE" || (session.status === "ENDED" && session.replayPath)) {
    const live = session.status === "LIVE";
    return (
      <LivePlayer
        src={live ? media.playbackUrl(session.id) : media.replayUrl(session.replayPath ?? "")}
        live={live}
        texts={{
          connecting: live ? t("connecting") : t("replay"),
          tapForSound: t("tapForSound"),
          label: t(live ? "videoLabel" : "replayLabel", { title: session.title }),
        }}
      />
    );
  }
  const cover = liveCoverUrl({
    id: session.id,
    hasCover: session.hasCover,
    fallbackImageId: session.products[0]?.images[0]?.id ?? null,
  });
  const message =
    session.status === "ENDED"
      ? `${t("ended")} ${t("noReplay")}`
      : t("notStarted", {
          time: format.dateTime(session.scheduledAt, {
            month: "long",
            day: "numeric",
            hour: "numeric",
            minute: "2-digit",
          }),
        });
  return (
    <div className="relative flex aspect-[9/16] max-h-[78vh] w-full items-end overflow-hidden bg-turquoise-900 sm:rounded-3xl">
      {cover ? (
        // biome-ignore lint/performance/noImgElement: covers come from our own route, already sized WebP.
        <img src={cover} alt="" className="absolute inset-0 h-full w-full object-cover opacity-70" />
      ) : null}
      <p
        data-testid="live-stage-message"
        className="relative m-4 mb-14 rounded-2xl bg-black/70 p-4 text-lg font-semibold text-white"
      >
        {message}
      </p>
    </div>
  );
}
