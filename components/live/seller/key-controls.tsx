"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cancelShowAction, regenerateKeyAction } from "@/app/(seller)/seller/live/actions";
import { Icon } from "@/components/seller/icons";
import { KeyReveal } from "./key-reveal";

/** While the show is scheduled: a new stream key (shown once), or calling the show off. */
export function KeyControls({ sessionId, rtmpServer }: { sessionId: string; rtmpServer: string }) {
  const t = useTranslations("liveVideo.seller");
  const router = useRouter();
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.failed"));

  return (
    <div className="flex flex-col gap-3">
      {key ? <KeyReveal server={rtmpServer} streamKey={key} /> : null}
      <div className="grid grid-cols-2 gap-3">
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            if (!window.confirm(t("newKeyConfirm"))) return;
            startTransition(async () => {
              const result = await regenerateKeyAction(sessionId);
              if (result.ok) setKey(result.data.streamKey);
              else setError(errorText(result.error));
            });
          }}
          className="flex min-h-14 items-center justify-center gap-2 rounded-2xl font-bold text-turquoise-800 ring-2 ring-turquoise-100 hover:bg-turquoise-50"
        >
          <Icon name="scan" className="h-6 w-6" />
          {t("newKey")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            if (!window.confirm(t("cancelConfirm"))) return;
            startTransition(async () => {
              const result = await cancelShowAction(sessionId);
              if (result.ok) router.refresh();
              else setError(errorText(result.error));
            });
          }}
          className="flex min-h-14 items-center justify-center gap-2 rounded-2xl font-bold text-red-800 ring-2 ring-red-100 hover:bg-red-50"
        >
          <Icon name="close" className="h-6 w-6" />
          {t("cancel")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
