/// <reference lib="webworker" />
// The service worker, bundled by `serwist build` (serwist.config.mjs) after `next build` into
// public/sw.js, with the list of files to precache injected at self.__SW_MANIFEST.
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  type PrecacheEntry,
  Serwist,
} from "serwist";
import { isNeverCached, PRODUCT_PAGES_CACHE, pageCacheFor, STORE_PAGES_CACHE } from "../lib/pwa/routes";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const OFFLINE_PAGE = "/offline";
const DAY = 24 * 60 * 60;

// Network first, so an online shopper always sees today's price and stock; the copy is only for when
// the network fails (or takes longer than this on a village mobile connection).
const NETWORK_TIMEOUT_SECONDS = 5;
const onlyGoodPages = new CacheableResponsePlugin({ statuses: [200] });

function pageCache(cacheName: string, maxEntries: number) {
  return new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [onlyGoodPages, new ExpirationPlugin({ maxEntries, maxAgeSeconds: 14 * DAY })],
  });
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    // Private and per-person pages first: straight to the network, never stored.
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && isNeverCached(url.pathname),
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && pageCacheFor(url.pathname) === PRODUCT_PAGES_CACHE,
      handler: pageCache(PRODUCT_PAGES_CACHE, 40),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && pageCacheFor(url.pathname) === STORE_PAGES_CACHE,
      handler: pageCache(STORE_PAGES_CACHE, 20),
    },
    // Every other page: the network, with the offline page when there is none.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
    // Build files have content hashes in their names and never change.
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "next-static",
        plugins: [onlyGoodPages, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY })],
      }),
    },
    // Product photos: only those served to everyone (a hidden product's photo is private, no-store).
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/images/"),
      handler: new CacheFirst({
        cacheName: "product-photos",
        plugins: [
          new CacheableResponsePlugin({
            statuses: [200],
            headers: { "cache-control": "public, max-age=31536000, immutable" },
          }),
          new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 30 * DAY }),
        ],
      }),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();
