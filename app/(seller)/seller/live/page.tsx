import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { type ProductChoice, ScheduleForm } from "@/components/live/seller/schedule-form";
import { SpeakButton } from "@/components/live/seller/speak-button";
import { VideoOffNotice } from "@/components/live/seller/video-off-notice";
import { Icon } from "@/components/seller/icons";
import { NoShop } from "@/components/seller/no-shop";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { mediaServer } from "@/lib/live/media";
import { listOwnActiveProducts, listOwnSessions } from "@/lib/live/sessions/seller-read";
import { formatFen } from "@/lib/money";
import { getOwnShop } from "@/lib/seller/shop";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("liveVideo.seller"))("title") };
}

const STATUS_TONE = {
  SCHEDULED: "bg-amber-100 text-amber-900",
  LIVE: "bg-red-600 text-white",
  ENDED: "bg-earth-100 text-earth-800",
  CANCELLED: "bg-earth-100 text-earth-700 line-through",
} as const;

/** The seller's shows and a new one: by picture, number and voice, like the rest of the seller centre. */
export default async function SellerLivePage() {
  const user = await requirePageUser(["SELLER"], "/seller/live");
  const [t, locale, format, shop] = await Promise.all([
    getTranslations("liveVideo.seller"),
    getLocale(),
    getFormatter(),
    getOwnShop(user.id),
  ]);
  if (!shop) return <NoShop />;
  const [products, sessions] = await Promise.all([listOwnActiveProducts(user.id), listOwnSessions(user.id)]);
  const choices: ProductChoice[] = products.map((product) => ({
    id: product.id,
    title: localized(locale, product.titleZh, product.titleEn),
    price: formatFen(product.priceFen, locale),
    imageId: product.images[0]?.id ?? null,
  }));
  const when = (date: Date) =>
    format.dateTime(date, { month: "numeric", day: "numeric", hour: "numeric", minute: "2-digit" });

  return (
    <div className="flex flex-col gap-5">
      <h1 className="flex items-center gap-3 text-2xl font-bold">
        <span className="flex h-14 w-14 items-center justify-center rounded-2xl bg-red-100 text-red-700">
          <Icon name="play" className="h-8 w-8" />
        </span>
        {t("title")}
        <SpeakButton text={t("title")} />
      </h1>
      <VideoOffNotice />

      {sessions.length > 0 ? (
        <section aria-labelledby="my-shows" className="flex flex-col gap-3">
          <h2 id="my-shows" className="text-xl font-bold">
            {t("myShows")}
          </h2>
          <ul className="flex flex-col gap-3">
            {sessions.map((session) => (
              <li key={session.id}>
                <Link
                  href={`/seller/live/${session.id}`}
                  data-testid="seller-show"
                  className="flex min-h-20 items-center gap-3 rounded-3xl bg-white p-3 shadow-sm ring-1 ring-earth-100 hover:ring-turquoise-300"
                >
                  <span
                    className={`shrink-0 rounded-full px-3 py-1 text-sm font-bold ${STATUS_TONE[session.status]}`}
                  >
                    {session.status === "LIVE" ? "● " : ""}
                    {t(`status.${session.status}`)}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-lg font-bold">{session.title}</span>
                    <span className="flex flex-wrap gap-x-3 text-earth-700">
                      <span className="flex items-center gap-1">
                        <Icon name="clock" className="h-4 w-4" />
                        {when(session.startedAt ?? session.scheduledAt)}
                      </span>
                      <span className="flex items-center gap-1">
                        <Icon name="box" className="h-4 w-4" />
                        {t("productCount", { count: session._count.products })}
                      </span>
                    </span>
                  </span>
                  <Icon name="play" className="h-6 w-6 shrink-0 text-turquoise-700" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="new-show" className="flex flex-col gap-3">
        <h2 id="new-show" className="flex items-center gap-2 text-xl font-bold">
          <Icon name="plus" className="h-7 w-7 text-turquoise-700" />
          {t("newShow")}
          <SpeakButton text={t("newShow")} />
        </h2>
        <ScheduleForm products={choices} rtmpServer={mediaServer().ingest("").server} />
      </section>
      {sessions.length === 0 ? <p className="text-earth-700">{t("none")}</p> : null}
    </div>
  );
}
