import type { YearWindow } from "@/lib/village/year-window";

/** The last day a window counts, in words ("1 December 2026"), Beijing time. */
export function lastDay(window: YearWindow, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(
    new Date(window.end.getTime() - 1),
  );
}
