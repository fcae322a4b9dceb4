"use client";

import { useTranslations } from "next-intl";
import { speak } from "@/components/messages/speak";
import { Icon } from "@/components/seller/icons";

/** A small speaker beside a label: reads it aloud for a seller who cannot read it. */
export function SpeakButton({ text }: { text: string }) {
  const t = useTranslations("liveVideo.seller");
  return (
    <button
      type="button"
      onClick={() => speak(text)}
      aria-label={`${t("speak")}: ${text}`}
      className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-turquoise-700 ring-1 ring-turquoise-100 hover:bg-turquoise-50"
    >
      <Icon name="speaker" className="h-6 w-6" />
    </button>
  );
}
