"use client";

import type { ClientMessage, OrderNote } from "./types";

// One EventSource per tab, shared by the conversation, the navigation's unread badge and the seller's
// announcer. The browser reconnects it by itself with Last-Event-ID, and the server resumes from there.
let source: EventSource | undefined;
const messageListeners = new Set<(message: ClientMessage) => void>();
const unreadListeners = new Set<(count: number) => void>();
const orderListeners = new Set<(order: OrderNote) => void>();
// What arrived recently, for a conversation that mounts after the stream already delivered it.
const recent: ClientMessage[] = [];
const RECENT_MAX = 200;
let lastUnread: number | undefined;
// The seq the current stream started after (null: "from now"), and the last one it delivered.
let openedAfter: number | null = null;
let delivered = new Set<number>();

function open(after: number | null) {
  if (source) return;
  openedAfter = after;
  source = new EventSource(after === null ? "/api/messages/stream" : `/api/messages/stream?after=${after}`);
  source.addEventListener("message", (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as ClientMessage;
    // A reopened stream sends again what the old one had: each message reaches listeners once.
    if (delivered.has(message.seq)) return;
    delivered.add(message.seq);
    recent.push(message);
    if (recent.length > RECENT_MAX) recent.shift();
    for (const listener of messageListeners) listener(message);
  });
  source.addEventListener("unread", (event) => {
    lastUnread = Number((event as MessageEvent<string>).data);
    for (const listener of unreadListeners) listener(lastUnread);
  });
  source.addEventListener("order", (event) => {
    const order = JSON.parse((event as MessageEvent<string>).data) as OrderNote;
    for (const listener of orderListeners) listener(order);
  });
}

function closeWhenUnused() {
  if (messageListeners.size + unreadListeners.size + orderListeners.size > 0) return;
  source?.close();
  source = undefined;
  recent.length = 0;
  delivered = new Set();
  lastUnread = undefined;
}

/**
 * New messages of the signed-in user's conversations. `after` (the last seq the page already shows)
 * makes sure nothing between the page's render and the stream is missed; null means "from now".
 */
export function subscribeMessages(after: number | null, listener: (message: ClientMessage) => void) {
  // A stream opened "from now" (by the badge) may have started after this page was rendered: start
  // again from the page's seq, so the messages in between come too (duplicates are dropped above).
  if (source && after !== null && (openedAfter === null || openedAfter > after)) {
    source.close();
    source = undefined;
  }
  open(after);
  for (const message of recent) if (after !== null && message.seq > after) listener(message);
  messageListeners.add(listener);
  return () => {
    messageListeners.delete(listener);
    closeWhenUnused();
  };
}

/** The number of unread messages, each time it changes. */
export function subscribeUnread(listener: (count: number) => void) {
  open(null);
  if (lastUnread !== undefined) listener(lastUnread);
  unreadListeners.add(listener);
  return () => {
    unreadListeners.delete(listener);
    closeWhenUnused();
  };
}

/** A seller's newly paid orders (announced, not replayed: the orders page is where they are kept). */
export function subscribeOrders(listener: (order: OrderNote) => void) {
  open(null);
  orderListeners.add(listener);
  return () => {
    orderListeners.delete(listener);
    closeWhenUnused();
  };
}

/** After this tab marked messages read: every badge shows the count the server answered. */
export function announceUnread(count: number) {
  lastUnread = count;
  for (const listener of unreadListeners) listener(count);
}
