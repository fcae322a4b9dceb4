import { describe, expect, it } from "vitest";
import { VIEWER_STALE_MS, ViewerTotal } from "@/lib/live/chat/viewers";

describe("the viewer count across server processes", () => {
  it("adds up each process's latest figure and forgets a process that stopped reporting", () => {
    const total = new ViewerTotal();
    expect(total.add("a", 120, 0)).toBe(120);
    expect(total.add("b", 80, 1_000)).toBe(200);
    // A process's new figure replaces its old one.
    expect(total.add("a", 100, 3_000)).toBe(180);
    // "b" has been silent too long (its process went away): only "a" counts.
    expect(total.add("a", 90, 1_000 + VIEWER_STALE_MS + 1)).toBe(90);
  });
});
