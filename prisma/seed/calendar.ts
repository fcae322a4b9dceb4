// Beijing-time calendar for the demo sales: the village keeps UTC+8, and so do its festivals.
import type { CategorySlug } from "./content/catalog";

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const BEIJING = 8 * HOUR;

export type Day = { start: Date; year: number; month: number; date: number; weekday: number; key: string };

/** The Beijing calendar day containing `instant`. */
export function beijingDay(instant: Date): Day {
  const local = new Date(instant.getTime() + BEIJING);
  const start = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - BEIJING);
  return dayAt(start);
}

function dayAt(start: Date): Day {
  const local = new Date(start.getTime() + BEIJING);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const date = local.getUTCDate();
  const key = `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
  return { start, year, month, date, weekday: local.getUTCDay(), key };
}

/** The `count` Beijing days ending with today, oldest first. */
export function daysUpTo(now: Date, count: number): Day[] {
  const today = beijingDay(now);
  return Array.from({ length: count }, (_, i) =>
    dayAt(new Date(today.start.getTime() - (count - 1 - i) * DAY)),
  );
}

// Couriers stop for the Spring Festival, so village sales dip for about ten days around it.
const SPRING_FESTIVAL: Record<number, string> = {
  2024: "02-10",
  2025: "01-29",
  2026: "02-17",
  2027: "02-06",
  2028: "01-26",
  2029: "02-13",
  2030: "02-03",
  2031: "01-23",
};

function nearSpringFestival(day: Day): boolean {
  const mmdd = SPRING_FESTIVAL[day.year];
  if (!mmdd) return false;
  const [m, d] = mmdd.split("-").map(Number) as [number, number];
  const festival = Date.UTC(day.year, m - 1, d);
  const here = Date.UTC(day.year, day.month - 1, day.date);
  const offset = (here - festival) / DAY;
  return offset >= -6 && offset <= 7;
}

// Month by month (January first): tea sells in spring, cured pork before the New Year.
const SEASON: Record<CategorySlug, number[]> = {
  turquoise: [1.1, 1.0, 0.85, 0.9, 1.0, 1.05, 0.9, 0.9, 1.0, 1.1, 1.0, 1.2],
  tea: [0.8, 0.8, 1.3, 1.7, 1.4, 1.0, 0.8, 0.7, 0.9, 1.0, 0.9, 1.0],
  chicken: [1.3, 1.0, 0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 1.0, 1.1, 1.1, 1.3],
  pork: [1.9, 1.0, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5, 0.7, 0.9, 1.3, 2.0],
  mushrooms: [1.3, 1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.1, 1.3],
  honey: [1.1, 1.0, 0.9, 1.0, 1.1, 1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 1.2],
};

/** Whether this is 11 November: the night of Double 11. */
export const isSinglesDay = (day: Day) => day.month === 11 && day.date === 11;

/** How busy a day is for one category, relative to an ordinary weekday. */
export function dayFactor(day: Day, category: CategorySlug): number {
  const crafts = category === "turquoise";
  let factor = SEASON[category][day.month - 1] ?? 1;
  if (day.weekday === 0 || day.weekday === 6) factor *= 1.2;
  if (day.month === 11 && day.date <= 10) factor *= (crafts ? 2 : 1.6) + 0.12 * day.date;
  if (isSinglesDay(day)) factor *= crafts ? 7 : 5;
  if (day.month === 6 && day.date < 18) factor *= 1.25;
  if (day.month === 6 && day.date === 18) factor *= 2.5;
  if (day.month === 12 && day.date === 12) factor *= 2;
  if (nearSpringFestival(day)) factor *= 0.3;
  return factor;
}

// Orders by hour of day: lunch breaks and the evening live-streams.
const HOURS = [
  0.5, 0.3, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.3, 1.4, 1.6, 1.4, 1.1, 1.1, 1.1, 1.0, 1.1, 1.4, 1.9,
  2.2, 2.0, 1.2,
];
// On the night of Double 11 the rush is at midnight and again in the evening.
const SINGLES_HOURS = [
  4.5, 3, 1.2, 0.4, 0.2, 0.2, 0.3, 0.5, 0.8, 1.0, 1.1, 1.2, 1.3, 1.2, 1.0, 1.0, 1.0, 1.1, 1.3, 1.8, 2.6, 3.2,
  3.4, 2.8,
];

export function hourWeights(day: Day): (readonly [number, number])[] {
  return (isSinglesDay(day) ? SINGLES_HOURS : HOURS).map((weight, hour) => [hour, weight] as const);
}

export const hours = (n: number) => n * HOUR;
