import { invalidRequest } from "./errors";
import { findObject, type State } from "./store";

/** Stripe's limit on `expand[]` depth (`a.b.c.d`). */
const MAX_EXPAND_DEPTH = 4;

/**
 * Replaces id strings with the objects they name along each `expand[]` path (`payment_intent.latest_charge`).
 * Works on a copy: stored objects keep ids, as Stripe's do. On a list, paths start with `data.`.
 */
export function expandObject<T extends object>(state: State, object: T, paths: readonly string[]): T {
  if (paths.length === 0) return object;
  const copy = structuredClone(object) as T & Record<string, unknown>;
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > MAX_EXPAND_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property.`, {
        param: "expand",
      });
    }
    expandAt(state, copy, segments, path);
  }
  return copy;
}

function expandAt(state: State, target: Record<string, unknown>, segments: string[], path: string): void {
  const [field, ...rest] = segments;
  if (field === undefined) return;
  if (Array.isArray(target.data) && target.object === "list" && field === "data") {
    for (const item of target.data as Record<string, unknown>[]) expandAt(state, item, rest, path);
    return;
  }
  if (!Object.hasOwn(target, field)) throw cannotExpand(path);
  let value = target[field];
  if (typeof value === "string") {
    const found = findObject(state, value);
    if (!found) throw cannotExpand(path);
    value = structuredClone(found);
    target[field] = value;
  }
  // A null reference stays null, as Stripe leaves it.
  if (rest.length > 0 && typeof value === "object" && value !== null) {
    expandAt(state, value as Record<string, unknown>, rest, path);
  }
}

function cannotExpand(path: string) {
  return invalidRequest(`This property cannot be expanded (${path}).`, { param: "expand" });
}
