import { getLocale, getTranslations } from "next-intl/server";
import type { ProductUnit } from "@/lib/generated/prisma/client";
import { formatFen } from "@/lib/money";

/** "¥128.00 per piece": the price a buyer pays, always from integer fen. */
export async function Price({
  fen,
  unit,
  size = "md",
}: {
  fen: number;
  unit: ProductUnit;
  size?: "md" | "lg";
}) {
  const [t, locale] = await Promise.all([getTranslations("store"), getLocale()]);
  return (
    <p className="flex flex-wrap items-baseline gap-x-1">
      <span className={`font-bold text-earth-900 ${size === "lg" ? "text-3xl" : "text-lg"}`}>
        {formatFen(fen, locale)}
      </span>
      <span className="text-sm text-earth-700">{t("perUnit", { unit: t(`units.${unit}`) })}</span>
    </p>
  );
}
