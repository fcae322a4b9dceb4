import "server-only";
import type { ConversationSide, MessageKind, Prisma } from "@/lib/generated/prisma/client";

/** One message as both sides' pages show it (serialisable: it goes to the client and over SSE). */
export type MessageView = {
  id: string;
  seq: number;
  conversationId: string;
  sender: ConversationSide;
  kind: MessageKind;
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

export const messageSelect = {
  id: true,
  seq: true,
  conversationId: true,
  sender: true,
  kind: true,
  text: true,
  createdAt: true,
  attachment: { select: { id: true, mimeType: true, durationMs: true, width: true, height: true } },
  product: {
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      priceFen: true,
      images: { select: { id: true }, orderBy: { sortOrder: "asc" }, take: 1 },
    },
  },
  order: { select: { id: true, number: true, totalFen: true } },
} as const satisfies Prisma.MessageSelect;

type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export function toMessageView(row: MessageRow): MessageView {
  const { product, createdAt, ...rest } = row;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    product: product
      ? {
          id: product.id,
          titleZh: product.titleZh,
          titleEn: product.titleEn,
          priceFen: product.priceFen,
          imageId: product.images[0]?.id ?? null,
        }
      : null,
  };
}
