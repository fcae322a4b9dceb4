import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LiveStatusWatcher } from "@/components/live/live-status-watcher";
import { GoLive } from "@/components/live/seller/go-live";
import { KeyControls } from "@/components/live/seller/key-controls";
import { SpeakButton } from "@/components/live/seller/speak-button";
import { VideoOffNotice } from "@/components/live/seller/video-off-notice";
import { BackLink } from "@/components/seller/back-link";
import { Icon } from "@/components/seller/icons";
import { FormSection } from "@/components/seller/section";
import { requirePageUser } from "@/lib/auth/session";
import { mediaServer, videoAvailable } from "@/lib/live/media";
import { getOwnSession } from "@/lib/live/sessions/seller-read";
import { parseRouteText } from "@/lib/validation/text";
import { LiveConsolePanel } from "./console-panel";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("liveVideo.seller"))("title") };
}

/**
 * The seller's console for one show: its status, going live from this phone (or the key for OBS),
 * and, while live, the selling controls (pins, sold count, chat) of LiveConsolePanel.
 */
export default async function SellerLiveConsolePage({ params }: Props) {
  const id = parseRouteText((await params).id, 40);
  const user = await requirePageUser(["SELLER"], `/seller/live/${id ?? ""}`);
  const session = id ? await getOwnSession(user.id, id) : null;
  if (!session) notFound();
  const [t, format] = await Promise.all([getTranslations("liveVideo.seller"), getFormatter()]);
  const when = (date: Date) =>
    format.dateTime(date, { month: "numeric", day: "numeric", hour: "numeric", minute: "2-digit" });
  const open = session.status === "SCHEDULED" || session.status === "LIVE";
  const statusLine =
    session.status === "LIVE" && session.startedAt
      ? t("startedAt", { time: when(session.startedAt) })
      : session.endedAt && !open
        ? t("endedAt", { time: when(session.endedAt) })
        : t("startsAt", { time: when(session.scheduledAt) });
  const rtmpServer = mediaServer().ingest("").server;

  return (
    <div className="flex flex-col gap-4">
      <LiveStatusWatcher
        sessionId={session.id}
        status={session.status}
        hasReplay={session.replayPath !== null}
      />
      <BackLink href="/seller/live" label={t("title")} />
      <div className="flex flex-wrap items-center gap-3 rounded-3xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
        <span
          data-testid="console-status"
          className={`rounded-full px-4 py-2 text-lg font-black ${
            session.status === "LIVE" ? "bg-red-600 text-white" : "bg-earth-100 text-earth-900"
          }`}
        >
          {session.status === "LIVE" ? "● " : ""}
          {t(`status.${session.status}`)}
        </span>
        <SpeakButton text={`${t(`status.${session.status}`)}. ${statusLine}`} />
        <div className="min-w-0 flex-1 basis-48">
          <h1 className="truncate text-xl font-bold">{session.title}</h1>
          <p className="flex items-center gap-1 text-earth-700">
            <Icon name="clock" className="h-4 w-4" />
            {statusLine}
          </p>
        </div>
        <Link
          href={`/live/${session.id}`}
          className="flex min-h-12 items-center gap-2 rounded-full px-4 font-semibold text-turquoise-700 ring-1 ring-turquoise-100 hover:bg-turquoise-50"
        >
          <Icon name="eye" className="h-5 w-5" />
          {session.status === "ENDED" && session.replayPath ? t("replay") : t("watch")}
        </Link>
      </div>

      <VideoOffNotice />
      {session.status === "CANCELLED" ? (
        <p className="font-semibold text-earth-700">{t("cancelled")}</p>
      ) : null}

      {open && videoAvailable() ? (
        <GoLive sessionId={session.id} showLive={session.status === "LIVE"} />
      ) : null}

      {open ? <LiveConsolePanel sessionId={session.id} /> : null}

      {session.status === "SCHEDULED" ? (
        <FormSection icon="scan" title={t("obsTitle")} titleId="obs">
          <p className="mb-3 text-earth-700">{t("obsHint")}</p>
          <p className="mb-3 text-sm">
            <span className="font-semibold text-earth-700">{t("server")}: </span>
            <code data-testid="console-rtmp-server" className="break-all">
              {rtmpServer}
            </code>
          </p>
          <KeyControls sessionId={session.id} rtmpServer={rtmpServer} />
        </FormSection>
      ) : null}
    </div>
  );
}
