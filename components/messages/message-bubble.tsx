"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Icon } from "@/components/seller/icons";
import { formatFen } from "@/lib/money";
import { speak } from "./speak";
import type { ClientMessage } from "./types";

type Props = {
  message: ClientMessage;
  mine: boolean;
  locale: string;
  productHref: (id: string) => string;
  orderHref: ((id: string) => string) | null;
};

const seconds = (ms: number | null) => Math.max(1, Math.round((ms ?? 0) / 1000));

/** One message: mine on the right, theirs on the left, as every chat app does. */
export function MessageBubble({ message, mine, locale, productHref, orderHref }: Props) {
  const t = useTranslations("messages");
  return (
    <li className={`flex ${mine ? "justify-end" : "justify-start"}`} data-seq={message.seq}>
      <div
        className={`max-w-[80%] rounded-2xl px-3 py-2 shadow-sm ${
          mine ? "bg-turquoise-700 text-white" : "bg-white text-earth-900 ring-1 ring-earth-100"
        }`}
      >
        {mine ? <span className="sr-only">{t("you")}: </span> : null}
        <Content
          message={message}
          mine={mine}
          locale={locale}
          productHref={productHref}
          orderHref={orderHref}
        />
      </div>
    </li>
  );
}

function Content({ message, mine, locale, productHref, orderHref }: Props) {
  const t = useTranslations("messages");
  if (message.kind === "TEXT") {
    return (
      <div className="flex items-start gap-2">
        <p className="whitespace-pre-wrap break-words">{message.text}</p>
        <button
          type="button"
          onClick={() => speak(message.text)}
          aria-label={t("readAloud")}
          className={`shrink-0 rounded-full px-2 py-1 text-sm font-semibold ${
            mine
              ? "bg-turquoise-900/40 hover:bg-turquoise-900/60"
              : "bg-turquoise-50 text-turquoise-900 hover:bg-turquoise-100"
          }`}
        >
          <Icon name="speaker" className="h-5 w-5" />
        </button>
      </div>
    );
  }
  if (message.kind === "VOICE" && message.attachment) {
    return <VoicePlayer id={message.attachment.id} durationMs={message.attachment.durationMs} mine={mine} />;
  }
  if (message.kind === "PHOTO" && message.attachment) {
    const { id, width, height } = message.attachment;
    return (
      // A private photo (only the two sides may fetch it): not through the public image optimizer.
      // biome-ignore lint/performance/noImgElement: served by our own access-checked route
      <img
        src={`/api/messages/attachments/${id}`}
        width={width ?? 300}
        height={height ?? 300}
        alt={t("photoAlt")}
        className="h-auto max-h-72 w-auto rounded-xl"
      />
    );
  }
  if (message.kind === "PRODUCT" && message.product) {
    const { product } = message;
    return (
      <Link
        href={productHref(product.id)}
        className="flex items-center gap-3 underline-offset-2 hover:underline"
      >
        {product.imageId ? (
          // biome-ignore lint/performance/noImgElement: a small public thumbnail, already resized
          <img
            src={`/images/${product.imageId}`}
            width={56}
            height={56}
            alt=""
            className="h-14 w-14 rounded-lg object-cover"
          />
        ) : null}
        <span>
          <span className="block text-sm opacity-80">{t("productCard")}</span>
          <span className="block font-semibold">{locale === "en" ? product.titleEn : product.titleZh}</span>
          <span className="block font-bold">{formatFen(product.priceFen, locale)}</span>
        </span>
      </Link>
    );
  }
  if (message.kind === "ORDER" && message.order) {
    const text = (
      <>
        <span className="block font-semibold">{t("orderCard", { number: message.order.number })}</span>
        <span className="block font-bold">{formatFen(message.order.totalFen, locale)}</span>
      </>
    );
    return orderHref ? (
      <Link href={orderHref(message.order.id)} className="block hover:underline">
        {text}
      </Link>
    ) : (
      <div>{text}</div>
    );
  }
  return null;
}

/** A voice message: one big button with its length, as WeChat shows it. */
function VoicePlayer({ id, durationMs, mine }: { id: string; durationMs: number | null; mine: boolean }) {
  const t = useTranslations("messages");
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const length = seconds(durationMs);
  function toggle() {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play().catch(() => setPlaying(false));
    else element.pause();
  }
  return (
    <>
      <button
        type="button"
        onClick={toggle}
        aria-label={t("playVoice", { seconds: length })}
        aria-pressed={playing}
        className="flex min-h-11 items-center gap-2 font-semibold"
        style={{ minWidth: `${Math.min(14, 5 + length / 6)}rem` }}
      >
        <Icon name={playing ? "pause" : "play"} className="h-5 w-5" />
        <span aria-hidden="true" className={mine ? "" : "text-earth-700"}>
          {t("voiceSeconds", { seconds: length })}
        </span>
      </button>
      {/* biome-ignore lint/a11y/useMediaCaption: a spoken message has no captions; "read aloud" is for text */}
      <audio
        ref={audio}
        src={`/api/messages/attachments/${id}`}
        preload="none"
        data-testid="voice-audio"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
      />
    </>
  );
}
