"use client";

import { useTranslations } from "next-intl";

/** Shown by every route group's error.tsx: no server message ever reaches the browser. */
export function ErrorView({ reset }: { reset: () => void }) {
  const t = useTranslations("common.errors");
  return <ErrorPanel title={t("title")} retry={t("retry")} reset={reset} />;
}

export function ErrorPanel({ title, retry, reset }: { title: string; retry: string; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-turquoise-700 px-6 py-3 font-semibold text-white"
      >
        {retry}
      </button>
    </main>
  );
}
