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
  type RouteMatchCallbackOptions,
  Serwist,
} from "serwist";
import {
  isNeverCached,
  OFFLINE_PAGES,
  offlinePageFor,
  PRODUCT_PAGES_CACHE,
  pageCacheFor,
  pageToKeep,
  STORE_PAGES_CACHE,
} from "../lib/pwa/routes";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

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

const pageStrategies: Record<string, NetworkFirst> = {
  [PRODUCT_PAGES_CACHE]: pageCache(PRODUCT_PAGES_CACHE, 40),
  [STORE_PAGES_CACHE]: pageCache(STORE_PAGES_CACHE, 20),
};

/** A copy this recent was just stored by the page's own navigation: no need to fetch it again. */
const FRESH_COPY_MS = 60_000;

async function hasFreshCopy(cacheName: string, url: URL): Promise<boolean> {
  const kept = await (await caches.open(cacheName)).match(url);
  const storedAt = Date.parse(kept?.headers.get("date") ?? "");
  return Number.isFinite(storedAt) && Date.now() - storedAt < FRESH_COPY_MS;
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
    // Strategy objects, not functions, so that Serwist adds the offline fallback to them.
    ...[PRODUCT_PAGES_CACHE, STORE_PAGES_CACHE].map((cache) => ({
      matcher: ({ request, url, sameOrigin }: RouteMatchCallbackOptions) =>
        sameOrigin && request.mode === "navigate" && pageCacheFor(url.pathname) === cache,
      handler: pageStrategies[cache]!,
    })),
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
    // The offline page in the language of the page that could not be reached.
    entries: OFFLINE_PAGES.map(({ url }) => ({
      url,
      matcher: ({ request }: { request: Request }) =>
        request.mode === "navigate" && offlinePageFor(new URL(request.url).pathname) === url,
    })),
  },
});

// A page the shopper opened by a link (components/pwa/keep-visited-page.tsx): keep its HTML through
// the same bounded cache as a full visit, so that it opens offline next time.
self.addEventListener("message", (event) => {
  const url = pageToKeep(event.data, self.location.origin);
  const cacheName = url && pageCacheFor(url.pathname);
  if (!url || !cacheName) return;
  event.waitUntil(
    (async () => {
      if (await hasFreshCopy(cacheName, url)) return;
      await pageStrategies[cacheName]!.handle({
        event,
        request: new Request(url, { credentials: "same-origin" }),
      });
    })().catch(() => undefined),
  );
});

serwist.addEventListeners();
