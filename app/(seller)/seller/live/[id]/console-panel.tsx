// Placeholder until selling during the show lands: the seller's pin controls (big product photos),
// sold count and money, chat moderation. The console page (page.tsx) renders it; its owner replaces this file.
export function LiveConsolePanel(_props: { sessionId: string }) {
  return null;
}
