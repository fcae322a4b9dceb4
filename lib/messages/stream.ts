import "server-only";
import { loadActor } from "@/lib/auth/guard";
import { type EventBus, eventBus } from "@/lib/events";
import { inboxChannel } from "./channels";
import { latestSeq, messagesAfter, unreadCount } from "./read";
import type { MessageView } from "./views";

// A comment line now and then keeps proxies and phones from closing a quiet stream.
const HEARTBEAT_MS = 20_000;
// EventSource waits this long before reconnecting after a drop.
const RETRY_MS = 2_000;

const encoder = new TextEncoder();
const frame = (message: MessageView) =>
  `id: ${message.seq}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`;

/**
 * The Server-Sent Events stream of a user's conversations. Subscribes to the user's inbox first,
 * then sends everything after `afterSeq` from the database, so nothing committed between the two is
 * missed; each bus note then only says "read again", and the database is read for everything after
 * the last seq sent, in order, so a message is sent once and never skipped. A reconnecting browser
 * sends its last seq as Last-Event-ID and resumes from there.
 */
export async function messageStream(
  userId: string | null,
  afterSeq: number,
  signal: AbortSignal,
  bus: EventBus = eventBus(),
): Promise<Response> {
  const loaded = await loadActor(userId, ["BUYER", "SELLER"], { recordRefusal: false });
  if (!loaded.ok)
    return new Response("Forbidden\n", { status: loaded.error === "not_signed_in" ? 401 : 403 });
  const { actor } = loaded;
  const side = actor.role === "BUYER" ? "BUYER" : "SHOP";
  let lastSeq = afterSeq >= 0 ? afterSeq : await latestSeq();
  let reading: Promise<void> = Promise.resolve();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  const write = (text: string) => {
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  // One catch-up at a time, each from where the last one ended.
  const catchUp = () => {
    reading = reading.then(async () => {
      if (signal.aborted) return;
      try {
        const fresh = await messagesAfter(actor.id, side, lastSeq);
        for (const message of fresh) {
          write(frame(message));
          lastSeq = message.seq;
        }
        if (fresh.length > 0) write(`event: unread\ndata: ${await unreadCount(actor.id)}\n\n`);
      } catch (error) {
        // The database is away for a moment: the next note or the browser's reconnect catches up.
        console.error("[messages] stream catch-up failed:", (error as Error).message);
      }
    });
  };
  function close() {
    if (heartbeat) clearInterval(heartbeat);
    unsubscribe?.();
    try {
      controller?.close();
    } catch {}
    controller = undefined;
  }

  unsubscribe = await bus.subscribe(inboxChannel(actor.id), (event) => {
    // A paid order is only announced (the orders page keeps it); everything else means "read again".
    if (event.type === "order") write(`event: order\ndata: ${JSON.stringify(event)}\n\n`);
    else catchUp();
  });
  signal.addEventListener("abort", close, { once: true });
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      write(`retry: ${RETRY_MS}\n\n`);
      catchUp();
      reading = reading.then(async () => write(`event: unread\ndata: ${await unreadCount(actor.id)}\n\n`));
      heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
    },
    cancel: close,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-store, no-transform",
      // Not gzipped or buffered on the way (Next's compression, nginx): each event leaves at once.
      "Content-Encoding": "none",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}

/** The seq to resume after: the browser's Last-Event-ID on a reconnect, else `?after=` from the page. */
export function resumeSeq(lastEventId: string | null, after: string | null): number {
  for (const value of [lastEventId, after]) {
    if (value && /^\d{1,10}$/.test(value)) return Number(value);
  }
  return -1;
}
