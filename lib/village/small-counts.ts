// The household ledger is about real, formerly impoverished families in a village where everyone
// knows everyone: a count of 1–4 (or 0) could point at a family. Any such count is withheld, and so is
// every figure derived from it (a share, a sum of their sales), and a count whose complement within
// a shown total is that small (179 households, 176 of them above the line, names the other 3).

export const SMALLEST_SHOWN_COUNT = 5;

export type Protected = { shown: true; value: number } | { shown: false };

export const hidden: Protected = { shown: false };

export function tooSmall(count: number): boolean {
  return count < SMALLEST_SHOWN_COUNT;
}

/** A count, withheld when it, or what it leaves of `total`, is under 5. */
export function protectCount(count: number, total?: number): Protected {
  if (tooSmall(count)) return hidden;
  if (total !== undefined && tooSmall(total - count)) return hidden;
  return { shown: true, value: count };
}

/** A value derived from a group of `groupSize` households: withheld with the group's count. */
export function protectDerived(value: number, groupSize: number): Protected {
  return tooSmall(groupSize) ? hidden : { shown: true, value };
}

/** Both years shown, or no change to show (a change between a hidden and a shown count is hidden too). */
export function protectedChange(current: Protected, previous: Protected): Protected {
  return current.shown && previous.shown ? { shown: true, value: current.value - previous.value } : hidden;
}
