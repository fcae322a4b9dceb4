import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pagination } from "@/components/store/pagination";
import { requirePageUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/catalog/page-param";
import type { SecurityEventKind } from "@/lib/generated/prisma/client";
import { SECURITY_EVENT_KINDS, villageSecurityEvents } from "@/lib/village/security-events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.security");
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const readKind = (value: string | undefined): SecurityEventKind | undefined =>
  SECURITY_EVENT_KINDS.find((kind) => kind === value);

const chipClass =
  "inline-flex min-h-11 items-center rounded-full bg-white px-4 font-semibold text-turquoise-700 ring-1 ring-earth-100 hover:ring-turquoise-500 aria-[current=page]:bg-turquoise-700 aria-[current=page]:text-white";

/** Recent security events for the village admin: refused sign-ins, throttles, refusals, reports. */
export default async function AdminSecurityPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string | string[]; page?: string | string[] }>;
}) {
  const user = await requirePageUser(["ADMIN"], "/admin/security");
  const params = await searchParams;
  const kind = readKind(first(params.kind));
  const page = parsePageParam(params.page);
  const [t, locale, result] = await Promise.all([
    getTranslations("admin.security"),
    getLocale(),
    villageSecurityEvents(user.id, { kind, page }),
  ]);
  if (!result.ok) notFound();
  const { events, pageCount } = result.data;
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  });
  const basePath = kind ? `/admin/security?kind=${kind}` : "/admin/security";
  return (
    <>
      <AdminNav current="security" />
      <main className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="text-earth-700">{t("intro")}</p>
          <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
            <Link href="/admin/security" aria-current={kind ? undefined : "page"} className={chipClass}>
              {t("all")}
            </Link>
            {SECURITY_EVENT_KINDS.map((option) => (
              <Link
                key={option}
                href={`/admin/security?kind=${option}`}
                aria-current={option === kind ? "page" : undefined}
                className={chipClass}
              >
                {t(`kinds.${option}`)}
              </Link>
            ))}
          </nav>
        </header>
        {events.length === 0 ? (
          <p className="rounded-2xl bg-white p-5 text-earth-700 ring-1 ring-earth-100">{t("empty")}</p>
        ) : (
          <ol
            aria-label={t("listLabel")}
            className="divide-y divide-earth-100 rounded-2xl bg-white ring-1 ring-earth-100"
          >
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 p-4">
                <span className="font-semibold">{t(`kinds.${event.kind}`)}</span>
                <time dateTime={event.createdAt.toISOString()} className="text-sm text-earth-700">
                  {date.format(event.createdAt)}
                </time>
                <span className="basis-full text-earth-900">
                  {event.user ? `${event.user.name} · ${event.user.email}` : t("noAccount")}
                  {" · "}
                  {t("from", { address: event.ip ?? t("unknownAddress") })}
                </span>
                {(event.scope || event.reason || event.retryAfterSeconds) && (
                  <span className="basis-full break-all font-mono text-sm text-earth-700">
                    {[event.scope, event.reason].filter(Boolean).join(" · ")}
                    {event.retryAfterSeconds ? ` · ${t("wait", { seconds: event.retryAfterSeconds })}` : ""}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
        <Pagination basePath={basePath} page={page} pageCount={pageCount} />
      </main>
    </>
  );
}
