import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ParcelStatusBadge } from "@/components/admin/parcel-status-badge";
import { requirePageUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/money";
import { findVillageOrder } from "@/lib/village/orders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.orders");
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ number?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/orders");
  const number = first((await searchParams).number)?.trim() ?? "";
  const [t, locale, found] = await Promise.all([
    getTranslations("admin.orders"),
    getLocale(),
    number ? findVillageOrder(user.id, number) : null,
  ]);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  return (
    <>
      <AdminNav current="orders" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="text-earth-700">{t("intro")}</p>
        </header>
        <search>
          <form
            action="/admin/orders"
            className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 sm:flex-row sm:items-end"
          >
            <div className="flex-1">
              <label htmlFor="order-number" className="block font-semibold">
                {t("numberLabel")}
              </label>
              <input
                id="order-number"
                name="number"
                defaultValue={number}
                required
                autoComplete="off"
                spellCheck={false}
                placeholder="XY20251111123456"
                className="mt-1 min-h-11 w-full rounded-xl border border-earth-200 px-3 font-mono text-lg uppercase"
              />
            </div>
            <button
              type="submit"
              className="inline-flex min-h-11 items-center justify-center rounded-full bg-turquoise-700 px-6 font-semibold text-white hover:bg-turquoise-900"
            >
              {t("find")}
            </button>
          </form>
        </search>
        {found && !found.ok && (
          <p role="alert" className="rounded-2xl bg-amber-50 p-5 text-earth-900 ring-1 ring-amber-200">
            {found.error === "invalid_input" ? t("badNumber") : t("notFound", { number })}
          </p>
        )}
        {found?.ok && (
          <section
            aria-labelledby="order-heading"
            className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100"
          >
            <h2 id="order-heading" className="font-mono text-xl font-bold">
              {found.data.number}
            </h2>
            <p className="mt-1 text-earth-700">
              {found.data.paidAt
                ? t("paidOn", { date: date.format(found.data.paidAt) })
                : t("orderedOn", { date: date.format(found.data.createdAt) })}
              {" · "}
              {t("shipTo", { city: found.data.city })}
            </p>
            <ul className="mt-4 divide-y divide-earth-100">
              {found.data.parcels.map((parcel) => {
                const shopName = localized(locale, parcel.shop.nameZh, parcel.shop.nameEn);
                return (
                  <li key={parcel.id} className="flex flex-wrap items-center gap-3 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="font-semibold">{shopName}</p>
                      <p className="text-sm text-earth-700">
                        {t("parcelLine", {
                          items: parcel.itemCount,
                          amount: formatFen(parcel.subtotalFen, locale),
                        })}
                        {parcel.refundedFen > 0 &&
                          ` · ${t("refundedSoFar", { amount: formatFen(parcel.refundedFen, locale) })}`}
                      </p>
                    </div>
                    <ParcelStatusBadge status={parcel.status} />
                    <Link
                      href={`/admin/orders/${parcel.id}`}
                      aria-label={`${t("openParcel")}: ${shopName}`}
                      className="inline-flex min-h-11 items-center rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-turquoise-600 hover:bg-turquoise-50"
                    >
                      {t("openParcel")}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
