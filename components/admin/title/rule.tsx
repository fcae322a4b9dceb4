import { getTranslations } from "next-intl/server";

/** How a figure is counted, opened on tap: a native <details>, so it needs no script. */
export async function Rule({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("title");
  return (
    <details className="group mt-3 rounded-xl bg-earth-50 px-3 py-2 text-sm text-earth-900">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 font-semibold text-turquoise-700">
        <span
          aria-hidden="true"
          className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-turquoise-700 text-xs text-white"
        >
          ?
        </span>
        {t("rule")}
      </summary>
      <p className="pb-1 leading-relaxed">{children}</p>
    </details>
  );
}
