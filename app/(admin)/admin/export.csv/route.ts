import { type NextRequest, NextResponse } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { loadActor } from "@/lib/auth/guard";
import { sessionUserId } from "@/lib/auth/session";
import { redirectToPath } from "@/lib/http/redirect";
import { type ExportLabelKey, villageExportCsv } from "@/lib/village/export";

const refused = (status: number) =>
  new NextResponse(status === 403 ? "Forbidden" : "Not found", {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The admin page's figures for one period as a spreadsheet. Only the village's own admin gets it. */
export async function GET(request: NextRequest) {
  const guard = await loadActor(await sessionUserId(), ["ADMIN"]);
  if (!guard.ok && guard.error === "not_signed_in") {
    const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
    return redirectToPath(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!guard.ok || !guard.actor.villageId) return refused(403);
  const [t, tp, locale] = await Promise.all([
    getTranslations("admin.export"),
    getTranslations("admin.period"),
    getLocale(),
  ]);
  const result = await villageExportCsv(
    guard.actor.villageId,
    request.nextUrl.searchParams.get("period") ?? undefined,
    {
      locale,
      label: (key: ExportLabelKey) => t(`columns.${key}`),
      periodLabel: ({ period }) =>
        period.kind === "year"
          ? tp("year", { year: period.festivalYear })
          : `${tp(period.kind === "this-year" ? "thisYear" : "last12Months")} (${period.months[0]}…${period.months.at(-1)})`,
    },
  );
  if (!result) return refused(404);
  return new NextResponse(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="village-sales-${result.periodKey}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
