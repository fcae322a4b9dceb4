import "server-only";
import { type FailedResult, fail } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentPin, type PinView } from "./current";
import { loadOwnSession } from "./seller-session";

export type ConsoleProduct = {
  id: string;
  titleZh: string;
  titleEn: string;
  priceFen: number;
  stock: number;
  imageId: string | null;
  /** Chosen for this show when it was scheduled (shown first). */
  inSession: boolean;
};

/** What the seller sees in big numbers: units sold at the show's prices and the money they brought. */
export type ConsoleStats = { soldUnits: number; moneyFen: number };

export type ConsoleView = {
  sessionId: string;
  status: string;
  products: ConsoleProduct[];
  pin: PinView | null;
  stats: ConsoleStats;
};

const OTHER_PRODUCTS_SHOWN = 24;

/** Units and money of the show's pins in orders not called off (an unpaid one that expires drops out). */
export async function sessionStats(sessionId: string): Promise<ConsoleStats> {
  const [sold, money] = await Promise.all([
    db.livePin.aggregate({ where: { sessionId }, _sum: { soldQuantity: true } }),
    db.orderItem.aggregate({
      where: { livePin: { sessionId }, shopOrder: { order: { status: { not: "CANCELLED" } } } },
      _sum: { lineTotalFen: true },
    }),
  ]);
  return { soldUnits: sold._sum.soldQuantity ?? 0, moneyFen: money._sum.lineTotalFen ?? 0 };
}

/** The seller's live console: her products to pin (the show's first), the card, the figures. */
export async function loadConsole(
  userId: string | null,
  sessionId: string,
): Promise<{ ok: true; view: ConsoleView } | FailedResult> {
  const own = await loadOwnSession(userId, sessionId, "live.console");
  if (!own.ok) return own;
  const select = {
    id: true,
    titleZh: true,
    titleEn: true,
    priceFen: true,
    stock: true,
    images: {
      select: { id: true },
      orderBy: [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }],
      take: 1,
    },
  } satisfies Prisma.ProductSelect;
  const [chosen, others, pin, stats] = await Promise.all([
    db.liveSessionProduct.findMany({
      where: { sessionId, product: { status: "ACTIVE", shopId: own.session.shopId } },
      orderBy: { sortOrder: "asc" },
      select: { product: { select } },
    }),
    db.product.findMany({
      where: { shopId: own.session.shopId, status: "ACTIVE", liveSessions: { none: { sessionId } } },
      orderBy: { updatedAt: "desc" },
      take: OTHER_PRODUCTS_SHOWN,
      select,
    }),
    currentPin(sessionId),
    sessionStats(sessionId),
  ]);
  const toView = (product: (typeof others)[number], inSession: boolean): ConsoleProduct => ({
    id: product.id,
    titleZh: product.titleZh,
    titleEn: product.titleEn,
    priceFen: product.priceFen,
    stock: product.stock,
    imageId: product.images[0]?.id ?? null,
    inSession,
  });
  return {
    ok: true,
    view: {
      sessionId,
      status: own.session.status,
      products: [...chosen.map((c) => toView(c.product, true)), ...others.map((p) => toView(p, false))],
      pin,
      stats,
    },
  };
}

/** The console's figures again (after a sale note), for the session's own seller only. */
export async function loadConsoleStats(
  userId: string | null,
  sessionId: unknown,
): Promise<{ ok: true; data: ConsoleStats } | FailedResult> {
  if (typeof sessionId !== "string" || sessionId.length > 40) return fail("invalid_input");
  const own = await loadOwnSession(userId, sessionId, "live.console");
  if (!own.ok) return own;
  return { ok: true, data: await sessionStats(sessionId) };
}
