import "server-only";
import { db } from "@/lib/db/client";
import { type BusEvent, type EventBus, eventBus } from "@/lib/events";
import { liveChannel } from "@/lib/live/channel";
import { currentPin, type PinView } from "@/lib/live/pins/current";
import { ViewerTotal, viewerJoined } from "./viewers";
import { type ChatView, chatAfter, removedChatIds } from "./views";

// As lib/messages/stream.ts: a comment now and then keeps a quiet stream open; reconnect after 2 s.
const HEARTBEAT_MS = 20_000;
const RETRY_MS = 2_000;
const encoder = new TextEncoder();
const chatFrame = (message: ChatView) =>
  `id: ${message.seq}\nevent: chat\ndata: ${JSON.stringify(message)}\n\n`;
const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

// Every stream of a process gets the same event object from the bus, so hundreds of viewers of one
// show re-read the card once per note, and never with a read that started before the note came.
const pinReads = new WeakMap<BusEvent, Promise<PinView | null>>();
function pinReadFor(event: BusEvent, sessionId: string): Promise<PinView | null> {
  let read = pinReads.get(event);
  if (!read) {
    read = currentPin(sessionId);
    pinReads.set(event, read);
  }
  return read;
}

/**
 * The Server-Sent Events stream of one live show, open to every viewer (signed in or not): the
 * pinned card, chat, removals, likes, the viewer count and the show's status. Subscribes first,
 * then sends the state from the database, so nothing committed in between is missed. Chat frames
 * carry their seq as the event id: a reconnecting browser sends Last-Event-ID and gets exactly the
 * lines after it; each chat note only says "read again". The card and removals are state, resent
 * whole on every connect, so a phone that was offline drops a line the seller removed meanwhile.
 */
export async function liveStream(
  sessionId: string,
  afterSeq: number,
  signal: AbortSignal,
  bus: EventBus = eventBus(),
): Promise<Response> {
  const session = await db.liveSession.findUnique({
    where: { id: sessionId },
    select: { status: true, likeCount: true },
  });
  if (!session) return new Response("Not found\n", { status: 404 });
  let lastSeq = afterSeq;
  let reading: Promise<void> = Promise.resolve();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let unsubscribe: (() => void) | undefined;
  let leave: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const viewers = new ViewerTotal();
  let viewerCount = -1;

  const write = (text: string) => {
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  // One read at a time, in the order the notes came, so frames never overtake each other.
  const queue = (work: () => Promise<void>) => {
    reading = reading.then(async () => {
      if (signal.aborted) return;
      try {
        await work();
      } catch (error) {
        // The database is away for a moment: the next note or the browser's reconnect catches up.
        console.error("[live] stream read failed:", (error as Error).message);
      }
    });
  };
  const catchUpChat = () =>
    queue(async () => {
      const fresh = await chatAfter(sessionId, lastSeq);
      for (const message of fresh) {
        write(chatFrame(message));
        lastSeq = message.seq;
      }
      if (lastSeq < 0) lastSeq = 0;
    });
  const sendPin = (event?: BusEvent) => {
    const read = event ? pinReadFor(event, sessionId) : currentPin(sessionId);
    read.catch(() => undefined);
    queue(async () => write(frame("pin", await read)));
  };

  function onEvent(event: BusEvent) {
    switch (event.type) {
      case "chat":
        return catchUpChat();
      case "pin":
        return sendPin(event);
      case "chat-removed":
        return queue(async () => write(frame("chat-removed", { messageId: event.messageId })));
      case "likes":
        return queue(async () => write(frame("likes", { count: event.count })));
      case "viewers": {
        const total = viewers.add(String(event.process ?? "single"), Number(event.count) || 0);
        if (total === viewerCount) return;
        viewerCount = total;
        return queue(async () => write(frame("viewers", { count: total })));
      }
      case "session":
        queue(async () => write(frame("session", { status: event.status })));
        return sendPin(event);
    }
  }

  function close() {
    if (heartbeat) clearInterval(heartbeat);
    unsubscribe?.();
    leave?.();
    try {
      controller?.close();
    } catch {}
    controller = undefined;
  }

  unsubscribe = await bus.subscribe(liveChannel(sessionId), onEvent);
  signal.addEventListener("abort", close, { once: true });
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      write(`retry: ${RETRY_MS}\n\n`);
      write(frame("session", { status: session.status }));
      write(frame("likes", { count: session.likeCount }));
      sendPin();
      queue(async () => write(frame("chat-removed-all", { messageIds: await removedChatIds(sessionId) })));
      catchUpChat();
      leave = viewerJoined(sessionId, bus);
      heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
    },
    cancel: close,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-store, no-transform",
      "Content-Encoding": "none",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}

/** The seq to resume after: Last-Event-ID on a reconnect, else `?after=`; -1 means "the latest lines". */
export function resumeSeq(lastEventId: string | null, after: string | null): number {
  for (const value of [lastEventId, after]) {
    if (value && /^\d{1,10}$/.test(value)) return Number(value);
  }
  return -1;
}
