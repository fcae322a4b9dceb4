import "server-only";
import { loadActor } from "@/lib/auth/guard";
import { type EventBus, eventBus } from "@/lib/events";
import { EventStream, sseFrame } from "@/lib/http/event-stream";
import { inboxChannel } from "./channels";
import { latestSeq, messagesAfter, unreadCount } from "./read";

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
  const stream = new EventStream(signal, "messages");
  const sendUnread = async () => stream.write(sseFrame("unread", await unreadCount(actor.id)));
  // One catch-up at a time, each from where the last one ended.
  const catchUp = () =>
    stream.queue(async () => {
      const fresh = await messagesAfter(actor.id, side, lastSeq);
      for (const message of fresh) {
        stream.write(sseFrame("message", message, message.seq));
        lastSeq = message.seq;
      }
      if (fresh.length > 0) await sendUnread();
    });

  const unsubscribe = await bus.subscribe(inboxChannel(actor.id), (event) => {
    // A paid order is only announced (the orders page keeps it); everything else means "read again".
    if (event.type === "order") stream.write(sseFrame("order", event));
    else catchUp();
  });
  stream.onClose(unsubscribe);
  return stream.response(() => {
    catchUp();
    stream.queue(sendUnread);
  });
}
