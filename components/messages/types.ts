// What the server sends of a message (lib/messages/views.ts MessageView), as the browser sees it.
export type ClientMessage = {
  id: string;
  seq: number;
  conversationId: string;
  sender: "BUYER" | "SHOP";
  kind: "TEXT" | "VOICE" | "PHOTO" | "PRODUCT" | "ORDER";
  text: string;
  createdAt: string;
  attachment: {
    id: string;
    mimeType: string;
    durationMs: number | null;
    width: number | null;
    height: number | null;
  } | null;
  product: { id: string; titleZh: string; titleEn: string; priceFen: number; imageId: string | null } | null;
  order: { id: string; number: string; totalFen: number } | null;
};

export type OrderNote = { shopOrderId: string; totalFen: number };
