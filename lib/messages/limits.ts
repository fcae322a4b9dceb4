// Bounds of a message, shared by the composer (to say so before sending) and the server (which decides).
export const MAX_TEXT_CHARS = 1000;
/** A voice message: like WeChat's, at most 60 seconds, and at most 2 MB as recorded. */
export const MAX_VOICE_MESSAGE_MS = 60_000;
export const MIN_VOICE_MESSAGE_MS = 500;
export const MAX_VOICE_MESSAGE_BYTES = 2 * 1024 * 1024;
/** Messages one page shows at first; older ones are not paged yet. */
export const CONVERSATION_PAGE = 200;
