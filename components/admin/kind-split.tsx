import { getLocale, getTranslations } from "next-intl/server";
import { formatFen } from "@/lib/money";
import type { VillageOverview } from "@/lib/village/overview";
import { Card } from "./card";
import { formatShare } from "./format";

/** Farm produce against turquoise crafts, as one split bar and two plain figures. */
export async function KindSplit({ overview }: { overview: VillageOverview }) {
  const [t, locale] = await Promise.all([getTranslations("admin.kinds"), getLocale()]);
  const { agricultureFen, craftsFen } = overview.kinds;
  const total = agricultureFen + craftsFen;
  const agriWidth = total > 0 ? (agricultureFen / total) * 100 : 0;
  const rows = [
    { key: "agriculture", fen: agricultureFen, swatch: "bg-green-700" },
    { key: "crafts", fen: craftsFen, swatch: "bg-turquoise-600" },
  ] as const;
  return (
    <Card id="kinds" title={t("title")}>
      {total === 0 ? (
        <p className="text-earth-700">{t("none")}</p>
      ) : (
        <>
          <div aria-hidden="true" className="flex h-6 w-full overflow-hidden rounded-full bg-earth-100">
            <div className="h-full bg-green-700" style={{ width: `${agriWidth}%` }} />
            <div className="h-full flex-1 bg-turquoise-600" />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-4">
            {rows.map((row) => (
              <div key={row.key}>
                <dt className="flex items-center gap-2 font-semibold text-earth-700">
                  <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ${row.swatch}`} />
                  {t(row.key)}
                </dt>
                <dd className="mt-1 text-2xl font-extrabold text-earth-900">
                  {formatShare(row.fen, total, locale)}
                </dd>
                <dd className="text-sm text-earth-700">{formatFen(row.fen, locale)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Card>
  );
}
