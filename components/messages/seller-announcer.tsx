"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { Icon } from "@/components/seller/icons";
import { subscribeMessages, subscribeOrders } from "./message-stream";
import { chime, speak } from "./speak";

const STORAGE_KEY = "xy-announce";

// Browsers play sound only after the person has touched the page, so she turns alerts on once with
// a tap; the choice is kept in this browser.
const readChoice = () => window.localStorage.getItem(STORAGE_KEY) === "on";
const noSubscribe = () => () => {};

/**
 * For a seller who cannot read: a chime and a spoken line for each new buyer message (its text read
 * out) and each new paid order, in the seller centre, once she has allowed it.
 */
export function SellerAnnouncer() {
  const t = useTranslations("messages.announce");
  const stored = useSyncExternalStore(noSubscribe, readChoice, () => false);
  const [enabled, setEnabled] = useState(false);
  const on = enabled || stored;

  useEffect(() => {
    if (!on) return;
    const stopMessages = subscribeMessages(null, (message) => {
      if (message.sender !== "BUYER") return;
      chime();
      speak(
        message.kind === "TEXT"
          ? `${t("newMessage")}：${message.text}`
          : message.kind === "VOICE"
            ? t("newVoice")
            : t("newMessage"),
      );
    });
    const stopOrders = subscribeOrders(() => {
      chime();
      speak(t("newOrder"));
    });
    return () => {
      stopMessages();
      stopOrders();
    };
  }, [on, t]);

  if (on) {
    return (
      <p className="mb-3 flex w-fit items-center gap-2 rounded-full bg-turquoise-50 px-3 py-1 font-semibold text-turquoise-900">
        <Icon name="bell" className="h-5 w-5" />
        {t("enabled")}
      </p>
    );
  }
  return (
    <button
      type="button"
      onClick={() => {
        window.localStorage.setItem(STORAGE_KEY, "on");
        setEnabled(true);
        // Said at once, inside the tap, so the browser lets this page speak from now on.
        speak(t("enabled"));
      }}
      className="mb-3 flex min-h-11 items-center gap-2 rounded-full bg-amber-100 px-4 font-semibold text-amber-900 hover:bg-amber-200"
    >
      <Icon name="bell" className="h-5 w-5" />
      {t("enable")}
    </button>
  );
}
