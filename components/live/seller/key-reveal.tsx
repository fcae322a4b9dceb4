"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/seller/icons";

/** The RTMP server and the stream key, shown once, each with a big copy button (for OBS or a live app). */
export function KeyReveal({ server, streamKey }: { server: string; streamKey: string }) {
  const t = useTranslations("liveVideo.seller");
  return (
    <section
      aria-labelledby="key-title"
      data-testid="stream-key"
      className="flex flex-col gap-3 rounded-3xl bg-amber-50 p-4 ring-2 ring-amber-300"
    >
      <h2 id="key-title" className="flex items-center gap-2 text-xl font-bold">
        <Icon name="scan" className="h-7 w-7 text-amber-800" />
        {t("keyTitle")}
      </h2>
      <p className="font-semibold text-amber-900">{t("keyOnce")}</p>
      <CopyRow label={t("server")} value={server} testId="rtmp-server" />
      <CopyRow label={t("key")} value={streamKey} testId="rtmp-key" />
    </section>
  );
}

function CopyRow({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useTranslations("liveVideo.seller");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-semibold text-earth-700">{label}</span>
      <div className="flex items-center gap-2">
        <code
          data-testid={testId}
          className="min-w-0 flex-1 break-all rounded-xl bg-white p-3 text-sm ring-1 ring-earth-100"
        >
          {value}
        </code>
        <button
          type="button"
          onClick={() => {
            navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => undefined,
            );
          }}
          className="flex min-h-12 shrink-0 items-center gap-1 rounded-full bg-turquoise-700 px-4 font-semibold text-white hover:bg-turquoise-600"
        >
          <Icon name={copied ? "check" : "list"} className="h-5 w-5" />
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
