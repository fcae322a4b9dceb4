// The year the title pages look at, and the same stretch of the year before for year-on-year
// comparisons. Beijing time throughout (lib/village/period.ts): a day starts at 16:00 UTC.
import { beijingMidnight } from "./period";

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export type YearWindow = {
  year: number;
  /** 1 January, Beijing midnight, as a UTC instant. */
  start: Date;
  /** Exclusive: 1 January of the next year, or the end of today while the year is under way. */
  end: Date;
  /** Whether the whole year is in the window (false for the current year). */
  complete: boolean;
};

/** The Beijing calendar date of an instant. */
export function beijingDate(instant: Date): { year: number; month0: number; day: number } {
  const local = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month0: local.getUTCMonth(), day: local.getUTCDate() };
}

export function currentBeijingYear(now: Date): number {
  return beijingDate(now).year;
}

/** A year up to today: the current year ends at the end of today, a past year at its last day. */
export function yearWindow(year: number, now: Date): YearWindow {
  const today = beijingDate(now);
  const start = beijingMidnight(year, 0);
  if (year < today.year) return { year, start, end: beijingMidnight(year + 1, 0), complete: true };
  return { year, start, end: beijingMidnight(year, today.month0, today.day + 1), complete: false };
}

/**
 * The same stretch one year earlier: the whole previous year for a complete year, else 1 January to
 * the same date (a 29 February ends with 1 March), so this year so far is compared like for like.
 */
export function previousYearWindow(window: YearWindow): YearWindow {
  const year = window.year - 1;
  const start = beijingMidnight(year, 0);
  if (window.complete) return { year, start, end: beijingMidnight(window.year, 0), complete: true };
  const last = beijingDate(new Date(window.end.getTime() - 1));
  return { year, start, end: beijingMidnight(year, last.month0, last.day + 1), complete: false };
}

/**
 * The year asked for in the URL, from the years the picker offers (the first year the village had
 * a shop up to this year); anything else is this year.
 */
export function resolveYear(raw: string | string[] | undefined, years: number[], now: Date): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const year = value && /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  return years.includes(year) ? year : currentBeijingYear(now);
}

/** Every year from `first` to the current one, newest first. */
export function yearsSince(first: number, now: Date): number[] {
  const current = currentBeijingYear(now);
  const from = Math.min(first, current);
  return Array.from({ length: current - from + 1 }, (_, i) => current - i);
}
