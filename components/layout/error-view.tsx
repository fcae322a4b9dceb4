"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "./error-panel";

/** Shown by every route group's error.tsx: no server message ever reaches the browser. */
export function ErrorView({ reset }: { reset: () => void }) {
  const t = useTranslations("common.errors");
  return <ErrorPanel title={t("title")} retry={t("retry")} reset={reset} />;
}
