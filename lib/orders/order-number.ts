import { randomInt } from "node:crypto";

// Made once: building a DateTimeFormat costs more than the rest of a checkout's own work.
const chinaDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "XY" + the date in China + 6 random digits: short enough to read out on the phone to a seller. */
export function newOrderNumber(now = new Date()): string {
  const date = chinaDate.format(now).replaceAll("-", "");
  return `XY${date}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}
