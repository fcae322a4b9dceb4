// Counts and shares for the admin figures; money goes through formatFen only.

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** part / whole as "12.3%"; a display ratio, never used for money. */
export function formatShare(part: number, whole: number, locale: string): string {
  const ratio = whole > 0 ? part / whole : 0;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
}

/** "2024-11" → "Nov" / "11月", optionally with the year. */
export function formatMonth(month: string, locale: string, withYear = false): string {
  const [year = "0", mm = "1"] = month.split("-");
  const date = new Date(Date.UTC(Number(year), Number(mm) - 1, 1));
  return new Intl.DateTimeFormat(locale, {
    month: withYear ? "long" : "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(date);
}

/** A chart tick narrow enough for twelve bars on a phone: "Nov" in English, "11" in Chinese (no 月). */
export function formatMonthTick(month: string, locale: string): string {
  return locale.startsWith("zh") ? String(Number(month.slice(5))) : formatMonth(month, locale);
}

/** "2024-11-11" → "11 Nov" / "11月11日". */
export function formatDay(day: string, locale: string): string {
  const [year = "0", mm = "1", dd = "1"] = day.split("-");
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(year), Number(mm) - 1, Number(dd))),
  );
}

/** Bar length in percent of the largest value; a visible sliver for any non-zero value. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}
