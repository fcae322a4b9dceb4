// Bus channel names (lib/events): every conversation event goes to the inboxes of its two sides.
export const inboxChannel = (userId: string) => `inbox:${userId}`;

/** Published after a message is committed: a note to read it, never the message itself. */
export type MessageEvent = { type: "message"; conversationId: string; seq: number };
