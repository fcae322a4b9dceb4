// Placeholder until selling during the show lands: the pinned card, buy button, chat, likes and
// viewer count under the video. The live page (page.tsx) renders it; its owner replaces this file.
export function LiveSellingPanel(_props: { sessionId: string; shopId: string }) {
  return null;
}
