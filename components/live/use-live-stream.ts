"use client";

import { useEffect, useRef, useState } from "react";
import type { ChatView } from "@/lib/live/chat/views";
import type { PinView } from "@/lib/live/pins/current";

const CHAT_KEPT = 150;

/** A window event carrying `{ sessionId, status }` each time the show's stream says its status moved. */
export const LIVE_SESSION_EVENT = "xy:live-session";

export type LiveState = {
  connected: boolean;
  status: string | null;
  pin: PinView | null;
  chat: ChatView[];
  likes: number;
  viewers: number | null;
};

const initial: LiveState = { connected: false, status: null, pin: null, chat: [], likes: 0, viewers: null };

/**
 * The show as it happens, from /api/live/:id/events. The browser reconnects by itself with
 * Last-Event-ID; the server then sends the card, likes and removals again and the chat after that
 * id, so lines are merged by seq (never shown twice) and removed ones dropped.
 */
export function useLiveStream(sessionId: string, onEvent?: (type: string, payload: unknown) => void) {
  const [state, setState] = useState<LiveState>(initial);
  const listener = useRef(onEvent);
  listener.current = onEvent;
  useEffect(() => {
    const source = new EventSource(`/api/live/${encodeURIComponent(sessionId)}/events`);
    // Each frame is parsed (and told to the caller) once, outside React's state updaters.
    const on = <T>(type: string, apply: (previous: LiveState, payload: T) => LiveState) =>
      source.addEventListener(type, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as T;
        listener.current?.(type, payload);
        setState((previous) => apply(previous, payload));
      });
    source.onopen = () => setState((s) => ({ ...s, connected: true }));
    source.onerror = () => setState((s) => ({ ...s, connected: false }));
    on<{ status: string }>("session", (s, { status }) => {
      // The page's status watcher hears it from here, so each viewer holds one stream, not two.
      window.dispatchEvent(new CustomEvent(LIVE_SESSION_EVENT, { detail: { sessionId, status } }));
      return { ...s, status };
    });
    on<PinView | null>("pin", (s, pin) => ({ ...s, pin }));
    on<{ count: number }>("likes", (s, { count }) => ({ ...s, likes: Math.max(s.likes, count) }));
    on<{ count: number }>("viewers", (s, { count }) => ({ ...s, viewers: count }));
    on<ChatView>("chat", (s, line) =>
      s.chat.some((l) => l.seq === line.seq)
        ? s
        : { ...s, chat: [...s.chat, line].sort((a, b) => a.seq - b.seq).slice(-CHAT_KEPT) },
    );
    on<{ messageId: string }>("chat-removed", (s, { messageId }) => ({
      ...s,
      chat: s.chat.filter((l) => l.id !== messageId),
    }));
    on<{ messageIds: string[] }>("chat-removed-all", (s, { messageIds }) => {
      const removed = new Set(messageIds);
      return { ...s, chat: s.chat.filter((l) => !removed.has(l.id)) };
    });
    return () => source.close();
  }, [sessionId]);
  return [state, setState] as const;
}

/**
 * Seconds until `endsAt`, ticking; null when there is no countdown, and until the browser's clock
 * has been read (the server renders no time: a prerendered page must not freeze one).
 */
export function useCountdown(endsAt: string | null): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!endsAt) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [endsAt]);
  if (!endsAt || now === null) return null;
  return Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}
