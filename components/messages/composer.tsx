"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Icon } from "@/components/seller/icons";
import { MAX_TEXT_CHARS, MAX_VOICE_MESSAGE_MS } from "@/lib/messages/limits";
import type { ClientMessage } from "./types";
import { useHoldRecorder } from "./use-hold-recorder";

type SendResult = { ok: true; data: ClientMessage } | { ok: false; error: string };

/** Sends one message to the conversation's route; the answer is the stored message or an error code. */
async function send(conversationId: string, body: FormData): Promise<SendResult> {
  try {
    const response = await fetch(`/api/conversations/${conversationId}/messages`, { method: "POST", body });
    return (await response.json()) as SendResult;
  } catch {
    return { ok: false, error: "failed" };
  }
}

/** Text, hold-to-talk voice and a photo, at the bottom of the conversation. */
export function Composer({
  conversationId,
  disabled,
  onSent,
  aboveBottomNav = false,
}: {
  conversationId: string;
  disabled: boolean;
  onSent: (message: ClientMessage) => void;
  /** The seller centre's menu sits at the bottom of a phone's screen: stay above it there. */
  aboveBottomNav?: boolean;
}) {
  const t = useTranslations("messages");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const photoInput = useRef<HTMLInputElement>(null);

  async function submit(body: FormData) {
    setBusy(true);
    setError(null);
    const result = await send(conversationId, body);
    setBusy(false);
    if (!result.ok) {
      setError(t.has(`errors.${result.error}`) ? t(`errors.${result.error}`) : t("errors.failed"));
      return false;
    }
    onSent(result.data);
    return true;
  }

  const recorder = useHoldRecorder(MAX_VOICE_MESSAGE_MS, (file) => {
    const body = new FormData();
    body.set("kind", "voice");
    body.set("file", file);
    void submit(body);
  });

  async function sendText(event: React.FormEvent) {
    event.preventDefault();
    const body = new FormData();
    body.set("kind", "text");
    body.set("text", text);
    if (await submit(body)) setText("");
  }

  function sendPhoto(file: File | undefined) {
    if (!file) return;
    const body = new FormData();
    body.set("kind", "photo");
    body.set("file", file);
    void submit(body);
    if (photoInput.current) photoInput.current.value = "";
  }

  const holdKeys = (event: React.KeyboardEvent) => event.key === " " || event.key === "Enter";

  return (
    <div
      className={`sticky border-t border-earth-100 bg-white/95 p-3 backdrop-blur ${
        aboveBottomNav ? "bottom-[calc(4.5rem+env(safe-area-inset-bottom))] md:bottom-0" : "bottom-0"
      }`}
    >
      {error ? (
        <p role="alert" className="mb-2 rounded-xl bg-rose-50 px-3 py-2 font-semibold text-rose-800">
          {error}
        </p>
      ) : null}
      {recorder.refused ? (
        <p role="alert" className="mb-2 text-rose-800">
          {t("micRefused")}
        </p>
      ) : null}
      {busy ? (
        <p role="status" className="mb-2 text-earth-700">
          {t("sending")}
        </p>
      ) : null}
      <button
        type="button"
        // Off until hydrated (`supported` is null on the server): a press on the server's HTML would do nothing.
        disabled={disabled || recorder.supported !== true}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          void recorder.press();
        }}
        onPointerUp={() => recorder.release()}
        onPointerCancel={() => recorder.cancel()}
        onKeyDown={(event) => {
          if (holdKeys(event) && !event.repeat) {
            event.preventDefault();
            void recorder.press();
          }
        }}
        onKeyUp={(event) => {
          if (holdKeys(event)) recorder.release();
        }}
        onContextMenu={(event) => event.preventDefault()}
        aria-pressed={recorder.recording}
        className="mb-2 flex min-h-14 w-full touch-none select-none items-center justify-center gap-2 rounded-2xl bg-turquoise-700 text-lg font-bold text-white hover:bg-turquoise-900 disabled:opacity-50 aria-[pressed=true]:bg-rose-700"
      >
        <Icon name="mic" className="h-6 w-6" />
        {recorder.recording
          ? t("releaseToSend", { seconds: Math.floor(recorder.elapsedMs / 1000) })
          : t("holdToTalk")}
      </button>
      {recorder.supported === false ? <p className="mb-2 text-earth-700">{t("noRecorder")}</p> : null}
      <form onSubmit={sendText} className="flex items-end gap-2">
        <label className="sr-only" htmlFor={`text-${conversationId}`}>
          {t("textLabel")}
        </label>
        <textarea
          id={`text-${conversationId}`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={MAX_TEXT_CHARS}
          rows={1}
          disabled={disabled}
          placeholder={t("placeholder")}
          className="min-h-11 flex-1 resize-none rounded-xl border border-earth-300 px-3 py-2"
        />
        <label
          className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-xl bg-earth-100 text-xl hover:bg-earth-300"
          title={t("photo")}
        >
          <Icon name="camera" className="h-6 w-6" />
          <span className="sr-only">{t("photo")}</span>
          <input
            ref={photoInput}
            type="file"
            accept="image/*"
            disabled={disabled}
            className="sr-only"
            onChange={(event) => sendPhoto(event.target.files?.[0])}
          />
        </label>
        <button
          type="submit"
          disabled={disabled || busy || text.trim() === ""}
          className="min-h-11 rounded-xl bg-turquoise-700 px-4 font-semibold text-white hover:bg-turquoise-900 disabled:opacity-50"
        >
          {t("send")}
        </button>
      </form>
    </div>
  );
}
