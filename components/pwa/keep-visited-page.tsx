"use client";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { KEEP_PAGE_MESSAGE } from "@/lib/pwa/routes";

/**
 * Tells the service worker which page the shopper opened, so that it keeps a copy for reading offline.
 * A full page load reaches the worker anyway, but a link inside the storefront is often answered from
 * the router's prefetch and never reaches it. The worker decides what is worth keeping.
 */
export function KeepVisitedPage() {
  const pathname = usePathname();
  useEffect(() => {
    navigator.serviceWorker?.controller?.postMessage({ type: KEEP_PAGE_MESSAGE, path: pathname });
  }, [pathname]);
  return null;
}
