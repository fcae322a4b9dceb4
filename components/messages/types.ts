import type { MessageView } from "@/lib/messages/views";

/** What the server sends of a message, as the browser sees it (a type only: nothing server-side is bundled). */
export type ClientMessage = MessageView;

export type OrderNote = { shopOrderId: string; totalFen: number };
