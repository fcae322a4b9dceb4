import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { getLiveLists } from "@/lib/live/sessions/read";
import { LiveCard } from "./live-card";

const STRIP_SIZE = 6;

/**
 * "Live now and coming up" on the home page (all shops) and a shop's page (`shopId`): cached with
 * the live tags (lib/live/sessions/cache-tags.ts), so those pages stay prerendered; nothing at all
 * when no show is live or scheduled.
 */
export async function LiveStrip({ shopId, className }: { shopId?: string; className?: string }) {
  const [t, { live, upcoming }] = await Promise.all([getTranslations("liveVideo"), getLiveLists(shopId)]);
  const sessions = [...live, ...upcoming].slice(0, STRIP_SIZE);
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="live-strip-title" data-testid="live-strip" className={className}>
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id="live-strip-title" className="text-xl font-bold">
          {t("strip.title")}
        </h2>
        <Link href="/live" className="font-semibold text-turquoise-700 underline">
          {t("strip.seeAll")}
        </Link>
      </div>
      <ul className="grid auto-cols-[42%] grid-flow-col gap-3 overflow-x-auto pb-2 sm:auto-cols-[23%]">
        {sessions.map((session) => (
          <li key={session.id}>
            <LiveCard session={session} />
          </li>
        ))}
      </ul>
    </section>
  );
}
