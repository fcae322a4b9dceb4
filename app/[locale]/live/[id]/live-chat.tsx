"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { ChatLine } from "@/components/live/chat-line";
import { SignInLink } from "@/components/live/sign-in-link";
import type { ChatView } from "@/lib/live/chat/views";
import { postLiveChatAction } from "./selling-actions";

const KNOWN_ERRORS = new Set([
  "not_signed_in",
  "forbidden",
  "not_live",
  "muted",
  "throttled",
  "invalid_input",
]);

/** The chat under the video: newest at the bottom, and a line to write in for signed-in viewers. */
export function LiveChat({
  sessionId,
  lines,
  ended,
}: {
  sessionId: string;
  lines: ChatView[];
  /** After the show the chat stays readable, with nothing to write in. */
  ended: boolean;
}) {
  const t = useTranslations("liveSelling.panel");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const list = useRef<HTMLOListElement>(null);
  const lastSeq = lines.at(-1)?.seq;

  // Keep the newest line in view as lines arrive.
  useEffect(() => {
    if (lastSeq !== undefined) list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [lastSeq]);

  const send = () =>
    startTransition(async () => {
      const result = await postLiveChatAction(sessionId, text);
      if (result.ok) {
        setText("");
        setError(null);
      } else {
        setError(KNOWN_ERRORS.has(result.error) ? result.error : "unknown");
      }
    });

  return (
    <section aria-label={t("chatTitle")} className="flex flex-col gap-2">
      <h3 className="sr-only">{t("chatTitle")}</h3>
      <ol
        ref={list}
        data-testid="live-chat"
        aria-live="polite"
        className="flex max-h-64 min-h-24 flex-col gap-1.5 overflow-y-auto rounded-2xl bg-earth-100/70 p-2 text-sm"
      >
        {lines.length === 0 && <li className="p-2 text-earth-700">{t("chatEmpty")}</li>}
        {lines.map((line) => (
          <ChatLine key={line.id} line={line} sellerLabel={t("seller")} />
        ))}
      </ol>
      {!ended && (
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) send();
          }}
        >
          <input
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={200}
            placeholder={t("chatPlaceholder")}
            aria-label={t("chatPlaceholder")}
            enterKeyHint="send"
            className="h-12 min-w-0 flex-1 rounded-full border border-earth-700/30 bg-white px-4 text-base"
          />
          <button
            type="submit"
            disabled={pending || !text.trim()}
            className="min-h-12 rounded-full bg-turquoise-700 px-5 font-semibold text-white hover:bg-turquoise-900 disabled:opacity-60"
          >
            {t("send")}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {t(`errors.${error}`)} {error === "not_signed_in" && <SignInLink label={t("signIn")} />}
        </p>
      )}
    </section>
  );
}
