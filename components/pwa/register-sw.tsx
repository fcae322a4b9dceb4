"use client";
import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js, built after `next build`) once the page has loaded, so
 * it never competes with the page's own first requests. Production builds only: in `next dev` there
 * is no worker, and a stale one would hide code changes.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch((error) => {
        console.warn("The offline helper could not start", error);
      });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}
