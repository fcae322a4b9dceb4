import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveCard } from "@/components/live/live-card";
import { getLiveLists } from "@/lib/live/sessions/read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("liveVideo.list");
  return { title: t("title"), description: t("intro") };
}

/** Every shop's shows: live now first, then what is coming up. Cached with the live tags. */
export default async function LiveListPage() {
  const [t, { live, upcoming }] = await Promise.all([getTranslations("liveVideo.list"), getLiveLists()]);
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-earth-700">{t("intro")}</p>
      </div>
      <SessionGrid id="live-now" title={`● ${t("liveNow")}`} empty={t("noneLive")} sessions={live} />
      <SessionGrid id="upcoming" title={t("upcoming")} empty={t("noneUpcoming")} sessions={upcoming} />
    </main>
  );
}

function SessionGrid({
  id,
  title,
  empty,
  sessions,
}: {
  id: string;
  title: string;
  empty: string;
  sessions: Awaited<ReturnType<typeof getLiveLists>>["live"];
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {sessions.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-earth-700 ring-1 ring-earth-100">{empty}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {sessions.map((session) => (
            <li key={session.id}>
              <LiveCard session={session} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
