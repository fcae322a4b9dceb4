// The periods the village admin can look at. The village keeps Beijing time (UTC+8, no daylight
// saving), so a day, month or year starts at 16:00 UTC of the day before; paidAt is stored in UTC.

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export const THIS_YEAR = "this-year";
export const LAST_12_MONTHS = "last-12-months";

export type Period = {
  /** What the selector and the export link carry: "this-year", "last-12-months" or "2025". */
  key: string;
  kind: "this-year" | "last-12-months" | "year";
  /** Inclusive start and exclusive end, as UTC instants. */
  start: Date;
  end: Date;
  /** "YYYY-MM" months shown in the monthly chart, oldest first. */
  months: string[];
  /** The year whose Double 11 (1–11 November) belongs to this period. */
  festivalYear: number;
};

/** A Beijing calendar date's midnight as a UTC instant; month0 may run past 11 or below 0. */
export function beijingMidnight(year: number, month0: number, day = 1): Date {
  return new Date(Date.UTC(year, month0, day) - BEIJING_OFFSET_MS);
}

export function beijingYearMonth(instant: Date): { year: number; month0: number } {
  const local = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month0: local.getUTCMonth() };
}

function monthKeys(year: number, month0: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month0 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

export function yearPeriod(year: number): Period {
  return {
    key: String(year),
    kind: "year",
    start: beijingMidnight(year, 0),
    end: beijingMidnight(year + 1, 0),
    months: monthKeys(year, 0, 12),
    festivalYear: year,
  };
}

/** This calendar year so far: months after the current one are not shown. */
export function thisYearPeriod(now: Date): Period {
  const { year, month0 } = beijingYearMonth(now);
  return { ...yearPeriod(year), key: THIS_YEAR, kind: "this-year", months: monthKeys(year, 0, month0 + 1) };
}

/** The current month and the eleven before it, so exactly one 1–11 November falls inside. */
export function last12MonthsPeriod(now: Date): Period {
  const { year, month0 } = beijingYearMonth(now);
  return {
    key: LAST_12_MONTHS,
    kind: "last-12-months",
    start: beijingMidnight(year, month0 - 11),
    end: beijingMidnight(year, month0 + 1),
    months: monthKeys(year, month0 - 11, 12),
    festivalYear: month0 >= 10 ? year : year - 1,
  };
}

/** Reads the selector's value; anything unknown (or a year without sales) falls back to this year. */
export function resolvePeriod(raw: string | string[] | undefined, now: Date, pastYears: number[]): Period {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === LAST_12_MONTHS) return last12MonthsPeriod(now);
  if (value && /^\d{4}$/.test(value) && pastYears.includes(Number(value))) return yearPeriod(Number(value));
  return thisYearPeriod(now);
}

/** 1–11 November of the period's festival year, Beijing time. */
export function festivalWindow(period: Period): { start: Date; end: Date } {
  return {
    start: beijingMidnight(period.festivalYear, 10, 1),
    end: beijingMidnight(period.festivalYear, 10, 12),
  };
}

/** The period's first and last day as dates in words ("1 January 2025"), up to today at the latest. */
export function periodRange(period: Period, locale: string, now: Date): { from: string; to: string } {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" });
  const last = new Date(Math.min(now.getTime(), period.end.getTime() - 1));
  return { from: format.format(period.start), to: format.format(last) };
}
