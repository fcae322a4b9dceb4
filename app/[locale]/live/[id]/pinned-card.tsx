"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { SignInLink } from "@/components/live/sign-in-link";
import { clock, useCountdown } from "@/components/live/use-live-stream";
import { Icon } from "@/components/seller/icons";
import { localized } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { PinView } from "@/lib/live/pins/current";
import { formatFen } from "@/lib/money";
import { buyPinnedAction } from "./selling-actions";

const KNOWN_ERRORS = new Set([
  "not_signed_in",
  "buyers_only",
  "live_price_over",
  "live_sold_out",
  "not_found",
  "throttled",
]);

/**
 * The product the seller is showing: photo, the session price against the normal one, units left,
 * the countdown and the per-buyer limit, and Buy. The page only shows the offer; the server decides
 * at Buy and again at checkout whether the session price still holds.
 */
export function PinnedCard({ pin }: { pin: PinView | null }) {
  const t = useTranslations("liveSelling.panel");
  const locale = useLocale();
  const secondsLeft = useCountdown(pin?.endsAt ?? null);
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<{ pinId: string; text: string; ok: boolean; code?: string } | null>(null);

  if (!pin) {
    return (
      <section
        data-testid="live-pinned-card"
        className="rounded-2xl bg-white/90 p-4 text-center text-earth-700 ring-1 ring-earth-100"
      >
        {t("nothingPinned")}
      </section>
    );
  }
  const timeUp = secondsLeft === 0;
  const open = pin.open && !timeUp;
  const title = localized(locale, pin.titleZh, pin.titleEn);
  const buy = (then: "cart" | "checkout") =>
    startTransition(async () => {
      const result = await buyPinnedAction(pin.id, then);
      if (result.ok) {
        setNote({
          pinId: pin.id,
          ok: true,
          text: t("added", { price: formatFen(pin.sessionPriceFen, locale) }),
        });
      } else {
        const code = KNOWN_ERRORS.has(result.error) ? result.error : "unknown";
        setNote({ pinId: pin.id, ok: false, code, text: t(`errors.${code}`) });
      }
    });
  const shownNote = note?.pinId === pin.id ? note : null;

  return (
    <section
      data-testid="live-pinned-card"
      data-pin-id={pin.id}
      aria-label={t("pinnedLabel")}
      className="flex flex-col gap-3 rounded-2xl bg-white p-3 shadow-lg ring-2 ring-red-500/70"
    >
      <div className="flex gap-3">
        {pin.imageId ? (
          // biome-ignore lint/performance/noImgElement: photos are served from the database by /images/:id
          <img
            src={`/images/${pin.imageId}`}
            alt={title}
            className="h-24 w-24 shrink-0 rounded-xl object-cover"
          />
        ) : (
          <div className="flex h-24 w-24 shrink-0 items-center justify-center rounded-xl bg-earth-100">
            <Icon name="box" className="h-10 w-10 text-earth-700" />
          </div>
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <p className="flex items-center gap-1 text-xs font-bold text-red-600">
            <Icon name="pin" className="h-4 w-4" />
            {t("pinnedLabel")}
          </p>
          <h3 className="line-clamp-2 font-semibold leading-snug">{title}</h3>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-sm font-semibold text-red-600">{t("sessionPrice")}</span>
            <span data-testid="live-session-price" className="text-2xl font-bold text-red-600">
              {formatFen(pin.sessionPriceFen, locale)}
            </span>
            <span className="text-sm text-earth-700 line-through">
              {t("normalPrice", { price: formatFen(pin.normalPriceFen, locale) })}
            </span>
          </p>
        </div>
      </div>
      <ul className="flex flex-wrap gap-2 text-sm font-semibold">
        <li className="rounded-full bg-red-50 px-2.5 py-1 text-red-700">
          {pin.remaining > 0 ? t("remaining", { count: pin.remaining }) : t("soldOut")}
        </li>
        {pin.perBuyerLimit !== null && (
          <li className="rounded-full bg-earth-100 px-2.5 py-1 text-earth-900">
            {t("limit", { count: pin.perBuyerLimit })}
          </li>
        )}
        {secondsLeft !== null && secondsLeft > 0 && (
          <li className="flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-1 text-amber-900">
            <Icon name="clock" className="h-4 w-4" />
            <span>{t("endsIn", { time: clock(secondsLeft) })}</span>
          </li>
        )}
      </ul>
      {open ? (
        <div className="grid grid-cols-2 gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() => buy("cart")}
            className="min-h-12 rounded-full bg-amber-400 px-4 font-bold text-earth-900 hover:bg-amber-300 disabled:opacity-60"
          >
            {t("addToCart")}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => buy("checkout")}
            className="min-h-12 rounded-full bg-red-600 px-4 font-bold text-white hover:bg-red-700 disabled:opacity-60"
          >
            {t("buyNow")}
          </button>
        </div>
      ) : (
        <p className="rounded-full bg-earth-100 py-3 text-center font-semibold text-earth-700">
          {pin.remaining > 0 ? t("priceOver") : t("soldOut")}
        </p>
      )}
      {shownNote && (
        <p
          role="status"
          className={`text-sm font-semibold ${shownNote.ok ? "text-turquoise-700" : "text-red-700"}`}
        >
          {shownNote.text}{" "}
          {shownNote.ok && (
            <Link href="/cart" className="underline underline-offset-4">
              {t("viewCart")}
            </Link>
          )}
          {shownNote.code === "not_signed_in" && <SignInLink label={t("signIn")} />}
        </p>
      )}
    </section>
  );
}
