"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useLiveStream } from "@/components/live/use-live-stream";
import { chime, speak } from "@/components/messages/speak";
import { Icon } from "@/components/seller/icons";
import { localized } from "@/lib/i18n/locales";
import type { ChatView } from "@/lib/live/chat/views";
import type { ConsoleView } from "@/lib/live/pins/console";
import type { PinView } from "@/lib/live/pins/current";
import { formatFen } from "@/lib/money";
import { consoleStatsAction, unpinAction } from "./console-actions";
import { ConsoleChat } from "./console-chat";
import { PinForm } from "./pin-form";

// The seller centre's own voice alerts (components/messages/seller-announcer.tsx) keep her choice
// under this key: one tap turns on both, and either place remembers it.
const SOUND_KEY = "xy-announce";
const readSound = () => window.localStorage.getItem(SOUND_KEY) === "on";
const noSubscribe = () => () => {};

/** The console's live part: what is on the card, the figures, the pin form and the chat. */
export function ConsoleClient({ view }: { view: ConsoleView }) {
  const t = useTranslations("liveSelling.console");
  const locale = useLocale();
  const storedSound = useSyncExternalStore(noSubscribe, readSound, () => false);
  const [soundChosen, setSoundChosen] = useState(false);
  const soundOn = soundChosen || storedSound;
  const say = (text: string, withChime = false) => {
    if (!soundOn) return;
    if (withChime) chime();
    speak(text, locale === "en" ? "en-US" : "zh-CN");
  };
  const [stats, setStats] = useState(view.stats);
  const lastSold = useRef<{ pinId: string; sold: number } | null>(
    view.pin ? { pinId: view.pin.id, sold: view.pin.soldQuantity } : null,
  );
  const [pending, startTransition] = useTransition();

  const [live, setLive] = useLiveStream(view.sessionId, (type, payload) => {
    if (type === "pin") {
      const pin = payload as PinView | null;
      // A sale on the card: a chime, the units left said aloud, and the big figures refreshed.
      if (pin && lastSold.current?.pinId === pin.id && pin.soldQuantity > lastSold.current.sold) {
        say(pin.remaining > 0 ? t("say.sold", { count: pin.remaining }) : t("say.soldOut"), true);
      }
      lastSold.current = pin ? { pinId: pin.id, sold: pin.soldQuantity } : null;
      void consoleStatsAction(view.sessionId).then((result) => result.ok && setStats(result.data));
    }
    if (type === "chat") {
      const line = payload as ChatView;
      if (!line.fromSeller) say(t("say.chat", { text: line.text }));
    }
  });
  // Until the stream's first card arrives, show the one the page was rendered with.
  const pin = live.status === null ? view.pin : live.pin;
  const isLive = (live.status ?? view.status) === "LIVE";

  return (
    <div data-testid="live-console-panel" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        {soundOn ? (
          <p className="flex items-center gap-2 rounded-full bg-turquoise-50 px-3 py-1.5 font-semibold text-turquoise-900">
            <Icon name="bell" className="h-5 w-5" />
            {t("soundIsOn")}
          </p>
        ) : (
          <button
            type="button"
            onClick={() => {
              window.localStorage.setItem(SOUND_KEY, "on");
              setSoundChosen(true);
              // Said inside the tap, so the browser lets the page speak from now on.
              speak(t("soundIsOn"), locale === "en" ? "en-US" : "zh-CN");
            }}
            className="flex min-h-11 items-center gap-2 rounded-full bg-amber-100 px-4 font-semibold text-amber-900"
          >
            <Icon name="bell" className="h-5 w-5" />
            {t("soundOn")}
          </button>
        )}
        <p className="flex items-center gap-1.5 rounded-full bg-earth-100 px-3 py-1.5 font-semibold">
          <Icon name="eye" className="h-5 w-5" />
          {t("viewers", { count: live.viewers ?? 0 })}
        </p>
        <p className="rounded-full bg-pink-100 px-3 py-1.5 font-semibold text-pink-700">
          ♥ {t("likes", { count: live.likes })}
        </p>
      </div>

      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-2xl bg-white p-4 text-center shadow-sm ring-1 ring-earth-100">
          <dt className="flex items-center justify-center gap-1 font-semibold text-earth-700">
            <Icon name="box" className="h-6 w-6" />
            {t("sold")}
          </dt>
          <dd data-testid="console-sold" className="text-5xl font-bold tabular-nums">
            {stats.soldUnits}
          </dd>
        </div>
        <div className="rounded-2xl bg-white p-4 text-center shadow-sm ring-1 ring-earth-100">
          <dt className="flex items-center justify-center gap-1 font-semibold text-earth-700">
            <Icon name="coins" className="h-6 w-6" />
            {t("money")}
          </dt>
          <dd data-testid="console-money" className="text-4xl font-bold tabular-nums text-turquoise-700">
            {formatFen(stats.moneyFen, locale)}
          </dd>
        </div>
      </dl>

      {pin ? (
        <section
          data-testid="console-current-pin"
          className="flex items-center gap-3 rounded-2xl bg-white p-3 shadow-sm ring-2 ring-red-500/70"
        >
          {pin.imageId && (
            // biome-ignore lint/performance/noImgElement: photos are served from the database by /images/:id
            <img src={`/images/${pin.imageId}`} alt="" className="h-24 w-24 rounded-xl object-cover" />
          )}
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-1 text-sm font-bold text-red-600">
              <Icon name="pin" className="h-5 w-5" />
              {t("pinned")}
            </p>
            <p className="truncate font-semibold">{localized(locale, pin.titleZh, pin.titleEn)}</p>
            <p className="text-3xl font-bold tabular-nums">
              {pin.soldQuantity}
              <span className="text-lg font-semibold text-earth-700"> / {pin.reservedQuantity}</span>
            </p>
            <p className="font-semibold text-red-600">{formatFen(pin.sessionPriceFen, locale)}</p>
          </div>
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await unpinAction(view.sessionId);
                if (result.ok) {
                  setLive((s) => ({ ...s, pin: null }));
                  say(t("say.unpinned"));
                }
              })
            }
            className="flex min-h-20 min-w-20 flex-col items-center justify-center gap-1 rounded-2xl bg-red-600 px-3 font-bold text-white hover:bg-red-700 disabled:opacity-60"
          >
            <Icon name="stop" className="h-8 w-8" />
            {t("unpin")}
          </button>
        </section>
      ) : (
        <p className="rounded-2xl bg-white p-4 text-center font-semibold text-earth-700 ring-1 ring-earth-100">
          {t("nothingPinned")}
        </p>
      )}

      {isLive ? (
        <PinForm
          sessionId={view.sessionId}
          products={view.products}
          currentProductId={pin?.productId ?? null}
          onPinned={(product, reserved, priceFen) =>
            say(
              t("say.pinned", {
                title: localized(locale, product.titleZh, product.titleEn),
                price: (priceFen / 100).toString(),
                count: reserved,
              }),
            )
          }
          onRefused={(reason) => say(t("say.refused", { reason }))}
        />
      ) : (
        <p className="rounded-2xl bg-amber-50 p-4 font-semibold text-amber-900">{t("notLive")}</p>
      )}

      <ConsoleChat
        sessionId={view.sessionId}
        lines={live.chat}
        onRemoved={(id) => setLive((s) => ({ ...s, chat: s.chat.filter((l) => l.id !== id) }))}
      />
    </div>
  );
}
