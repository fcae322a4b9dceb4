// Which rollup answers a window, and its bounds as Beijing calendar dates. The rollups are kept per
// Beijing day and month, so a window must start and end at a Beijing midnight: every period the
// admin can pick is whole months, and Double 11 is whole days.

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RollupRange = { grain: "month" | "day"; from: string; to: string };

function beijingDate(instant: Date): { text: string; midnight: boolean; firstOfMonth: boolean } {
  const local = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  return {
    text: local.toISOString().slice(0, 10),
    midnight: local.getTime() % DAY_MS === 0,
    firstOfMonth: local.getUTCDate() === 1,
  };
}

/** The month rollup when both ends fall on the 1st of a month, else the day rollup. */
export function rollupRange(window: { start: Date; end: Date }): RollupRange {
  const start = beijingDate(window.start);
  const end = beijingDate(window.end);
  if (!start.midnight || !end.midnight) {
    throw new Error(
      `Figures are kept per Beijing day: ${window.start.toISOString()}–${window.end.toISOString()}`,
    );
  }
  const grain = start.firstOfMonth && end.firstOfMonth ? "month" : "day";
  return { grain, from: start.text, to: end.text };
}
