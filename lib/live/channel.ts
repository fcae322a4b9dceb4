// Bus channel of one live show (lib/events): its status, pins, chat, likes and viewer count.
export const liveChannel = (sessionId: string) => `live:${sessionId}`;

/**
 * Published after the write commits; small notes that say what to re-read, never the only copy.
 * `session`: the media server's callback moved the status (lib/live/sessions). The others come from
 * selling during the show (lib/live/pins, lib/live/chat).
 */
export type LiveEvent =
  | { type: "session"; status: "LIVE" | "ENDED" }
  | { type: "pin"; pinId: string | null }
  | { type: "chat"; seq: number }
  | { type: "chat-removed"; messageId: string }
  | { type: "likes"; count: number }
  // One server process's open streams of the show (`process` names it); viewers add them up.
  | { type: "viewers"; count: number; process?: string };
