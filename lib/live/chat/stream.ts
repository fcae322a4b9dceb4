import "server-only";
import { db } from "@/lib/db/client";
import { type BusEvent, type EventBus, eventBus } from "@/lib/events";
import { EventStream, sseFrame as frame } from "@/lib/http/event-stream";
import { liveChannel } from "@/lib/live/channel";
import { currentPin, type PinView } from "@/lib/live/pins/current";
import { ViewerTotal, viewerJoined } from "./viewers";
import { chatAfter, removedChatIds } from "./views";

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
  const stream = new EventStream(signal, "live");
  const write = (text: string) => stream.write(text);
  const queue = (work: () => Promise<void>) => stream.queue(work);
  const viewers = new ViewerTotal();
  let viewerCount = -1;

  const catchUpChat = () =>
    queue(async () => {
      const fresh = await chatAfter(sessionId, lastSeq);
      for (const message of fresh) {
        write(frame("chat", message, message.seq));
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

  stream.onClose(await bus.subscribe(liveChannel(sessionId), onEvent));
  return stream.response(() => {
    write(frame("session", { status: session.status }));
    write(frame("likes", { count: session.likeCount }));
    sendPin();
    queue(async () => write(frame("chat-removed-all", { messageIds: await removedChatIds(sessionId) })));
    catchUpChat();
    stream.onClose(viewerJoined(sessionId, bus));
  });
}
