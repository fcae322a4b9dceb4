"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { blockAction, reportAction } from "./actions";
import { Composer } from "./composer";
import { MessageBubble } from "./message-bubble";
import { announceUnread, subscribeMessages } from "./message-stream";
import type { ClientMessage } from "./types";

type Props = {
  conversationId: string;
  side: "BUYER" | "SHOP";
  otherName: string;
  initialMessages: ClientMessage[];
  blockedBy: "BUYER" | "SHOP" | null;
  reported: boolean;
  locale: string;
  /** Storefront product pages in the reader's language. */
  productBase: string;
  /** Where an order card leads (the buyer's order page), or null. */
  orderBase: string | null;
};

async function markRead(conversationId: string, seq: number) {
  try {
    const response = await fetch(`/api/conversations/${conversationId}/read`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ seq }),
    });
    const result = (await response.json()) as { ok: boolean; data?: { unread: number } };
    if (result.ok && result.data) announceUnread(result.data.unread);
  } catch {
    // Read marks are a courtesy: the next one carries this one too.
  }
}

/** One conversation, live: new messages arrive over the shared event stream without reloading. */
export function ConversationView(props: Props) {
  const { conversationId, side } = props;
  const t = useTranslations("messages");
  const [messages, setMessages] = useState(props.initialMessages);
  const [blockedBy, setBlockedBy] = useState(props.blockedBy);
  const [reported, setReported] = useState(props.reported);
  const end = useRef<HTMLLIElement>(null);
  const lastSeq = props.initialMessages.at(-1)?.seq ?? 0;

  function add(message: ClientMessage) {
    setMessages((current) =>
      current.some((known) => known.seq === message.seq)
        ? current
        : [...current, message].sort((a, b) => a.seq - b.seq),
    );
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: subscribe once per conversation, from the page's last seq
  useEffect(() => {
    void markRead(conversationId, lastSeq);
    return subscribeMessages(lastSeq, (message) => {
      if (message.conversationId !== conversationId) return;
      add(message);
      if (message.sender !== side && document.visibilityState === "visible")
        void markRead(conversationId, message.seq);
    });
  }, [conversationId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever a message is added
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [messages.length]);

  async function toggleBlock() {
    const blocking = blockedBy === null;
    const result = await blockAction(conversationId, blocking);
    if (result.ok) setBlockedBy(blocking ? side : null);
  }

  async function report() {
    const result = await reportAction(conversationId, "");
    if (result.ok) setReported(true);
  }

  return (
    <section aria-labelledby="conversation-title" className="flex min-h-[70vh] flex-col">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h1 id="conversation-title" className="mr-auto text-xl font-bold">
          {props.otherName}
        </h1>
        {blockedBy === null || blockedBy === side ? (
          <button
            type="button"
            onClick={() => void toggleBlock()}
            className="min-h-11 rounded-full px-3 font-semibold text-earth-700 ring-1 ring-earth-300 hover:bg-earth-100"
          >
            {blockedBy === side ? t("unblock") : t("block")}
          </button>
        ) : null}
        <button
          type="button"
          disabled={reported}
          onClick={() => void report()}
          className="min-h-11 rounded-full px-3 font-semibold text-rose-800 ring-1 ring-rose-200 hover:bg-rose-50 disabled:opacity-60"
        >
          {t("report")}
        </button>
      </div>
      {reported ? (
        <p role="status" className="mb-2 text-earth-700">
          {t("reported")}
        </p>
      ) : null}
      <ol aria-label={t("listLabel")} aria-live="polite" className="flex flex-1 flex-col gap-2 pb-4">
        {messages.map((message) => (
          <MessageBubble
            key={message.seq}
            message={message}
            mine={message.sender === side}
            locale={props.locale}
            productHref={(id) => `${props.productBase}/${id}`}
            orderHref={props.orderBase ? (id) => `${props.orderBase}/${id}` : null}
          />
        ))}
        <li ref={end} aria-hidden="true" />
      </ol>
      {blockedBy ? (
        <p role="status" className="mb-2 rounded-xl bg-earth-100 p-3 font-semibold">
          {blockedBy === side ? t("blockedByYou") : t("blockedByOther")}
        </p>
      ) : null}
      <Composer
        conversationId={conversationId}
        disabled={blockedBy !== null}
        onSent={add}
        aboveBottomNav={side === "SHOP"}
      />
    </section>
  );
}
