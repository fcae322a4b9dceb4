/**
 * Tags of the cached live lists (the strip on the home and shop pages, /live) and of one session's
 * page. Expired when a session is scheduled, cancelled, goes live or ends (./transitions.ts).
 */
export const liveTag = {
  lists: "live:lists",
  shop: (shopId: string) => `live:shop:${shopId}`,
  session: (sessionId: string) => `live:session:${sessionId}`,
} as const;

export const tagsForSessionChange = (session: { id: string; shopId: string }) => [
  liveTag.lists,
  liveTag.shop(session.shopId),
  liveTag.session(session.id),
];
