"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ChatLine } from "@/components/live/chat-line";
import { speak } from "@/components/messages/speak";
import { Icon } from "@/components/seller/icons";
import type { ChatView } from "@/lib/live/chat/views";
import { muteChatAuthorAction, removeChatAction, sellerChatAction } from "./console-actions";

/** The viewers' chat for the seller: read a line aloud, remove it, mute its writer; reply. */
export function ConsoleChat({
  sessionId,
  lines,
  onRemoved,
}: {
  sessionId: string;
  lines: ChatView[];
  onRemoved: (messageId: string) => void;
}) {
  const t = useTranslations("liveSelling.console");
  const [text, setText] = useState("");
  const [pending, startTransition] = useTransition();
  const act = (messageId: string, action: (id: string) => Promise<{ ok: boolean }>) =>
    startTransition(async () => {
      if ((await action(messageId)).ok) onRemoved(messageId);
    });
  const button = "flex h-11 w-11 shrink-0 items-center justify-center rounded-xl";
  return (
    <section aria-label={t("chatTitle")} className="flex flex-col gap-2">
      <h2 className="flex items-center gap-2 text-lg font-bold">
        <Icon name="chat" className="h-6 w-6" />
        {t("chatTitle")}
      </h2>
      <ol data-testid="console-chat" className="flex max-h-96 flex-col gap-1.5 overflow-y-auto">
        {lines.length === 0 && <li className="text-earth-700">{t("chatEmpty")}</li>}
        {lines.map((line) => (
          <ChatLine
            key={line.id}
            line={line}
            sellerLabel={t("seller")}
            actions={
              <span className="flex gap-1">
                <button
                  type="button"
                  aria-label={t("readAloud")}
                  title={t("readAloud")}
                  onClick={() => speak(line.text)}
                  className={`${button} bg-turquoise-50 text-turquoise-900`}
                >
                  <Icon name="speaker" className="h-6 w-6" />
                </button>
                {!line.fromSeller && (
                  <>
                    <button
                      type="button"
                      aria-label={t("remove")}
                      title={t("remove")}
                      disabled={pending}
                      onClick={() => act(line.id, removeChatAction)}
                      className={`${button} bg-red-50 text-red-700`}
                    >
                      <Icon name="trash" className="h-6 w-6" />
                    </button>
                    <button
                      type="button"
                      aria-label={t("mute")}
                      title={t("mute")}
                      disabled={pending}
                      onClick={() => act(line.id, muteChatAuthorAction)}
                      className={`${button} bg-earth-100 text-earth-900`}
                    >
                      <Icon name="stop" className="h-6 w-6" />
                    </button>
                  </>
                )}
              </span>
            }
          />
        ))}
      </ol>
      <form
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          startTransition(async () => {
            if ((await sellerChatAction(sessionId, text)).ok) setText("");
          });
        }}
      >
        <input
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={200}
          placeholder={t("reply")}
          aria-label={t("reply")}
          className="h-12 min-w-0 flex-1 rounded-full border border-earth-700/30 bg-white px-4 text-base"
        />
        <button
          type="submit"
          disabled={pending || !text.trim()}
          className="min-h-12 rounded-full bg-turquoise-700 px-5 font-semibold text-white disabled:opacity-60"
        >
          {t("send")}
        </button>
      </form>
    </section>
  );
}
