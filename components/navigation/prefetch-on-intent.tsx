"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * One listener for the whole page in place of Next's viewport prefetching: a storefront page shows
 * dozens of links, and prefetching each as it scrolls into view costs a phone on a metered plan
 * pages its buyer never opens, and its main thread the work of reading them while the page starts.
 * A link marked `data-prefetch="intent"` (./intent.ts) is prefetched when a finger lands on it, a
 * pointer rests on it or the keyboard reaches it: the 100–300 ms before the click lands.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const asked = new Set<string>();
    const onIntent = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-prefetch="intent"]');
      const href = link?.getAttribute("href");
      if (!href?.startsWith("/") || asked.has(href)) return;
      asked.add(href);
      router.prefetch(href);
    };
    const events = ["pointerover", "touchstart", "focusin"] as const;
    for (const name of events) document.addEventListener(name, onIntent, { passive: true });
    return () => {
      for (const name of events) document.removeEventListener(name, onIntent);
    };
  }, [router]);
  return null;
}
