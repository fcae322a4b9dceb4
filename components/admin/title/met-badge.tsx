import { getTranslations } from "next-intl/server";

/** Met or not met, by colour, mark and word. */
export async function MetBadge({ met }: { met: boolean }) {
  const t = await getTranslations("title.meter");
  return (
    <span
      className={`inline-flex min-h-8 shrink-0 items-center gap-1 rounded-full px-3 text-sm font-bold ${met ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
    >
      <span aria-hidden="true">{met ? "✓" : "✗"}</span>
      {met ? t("met") : t("notMet")}
    </span>
  );
}
