"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { likeLiveAction } from "./selling-actions";

const FLUSH_MS = 1_000;
const MAX_TAPS = 30;

/**
 * Hearts: taps count at once on the page and go to the server in one call a second at most (the
 * server adds them up and tells every viewer the total).
 */
export function LikeButton({ sessionId, count }: { sessionId: string; count: number }) {
  const t = useTranslations("liveSelling.panel");
  const [ownTaps, setOwnTaps] = useState(0);
  const waiting = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const [serverCount, setServerCount] = useState(count);
  useEffect(() => setServerCount((previous) => Math.max(previous, count)), [count]);

  const flush = () => {
    timer.current = undefined;
    const taps = Math.min(MAX_TAPS, waiting.current);
    waiting.current = 0;
    if (taps === 0) return;
    void likeLiveAction(sessionId, taps).then((result) => {
      if (result.ok) setServerCount((previous) => Math.max(previous, result.data.count));
      setOwnTaps((previous) => Math.max(0, previous - taps));
    });
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <button
      type="button"
      aria-label={t("likes")}
      onClick={() => {
        waiting.current += 1;
        setOwnTaps((previous) => previous + 1);
        timer.current ??= window.setTimeout(flush, FLUSH_MS);
      }}
      className="flex min-h-12 items-center gap-1.5 rounded-full bg-pink-100 px-4 font-bold text-pink-700 hover:bg-pink-200 active:scale-95"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="h-6 w-6 fill-current">
        <path d="M12 21s-7.5-4.6-9.6-9.3C.9 8.1 3.2 4.5 6.8 4.5c2 0 3.6 1.1 4.4 2.6h1.6c.8-1.5 2.4-2.6 4.4-2.6 3.6 0 5.9 3.6 4.4 7.2C19.5 16.4 12 21 12 21z" />
      </svg>
      <span data-testid="live-like-count">{t("likeCount", { count: serverCount + ownTaps })}</span>
    </button>
  );
}
