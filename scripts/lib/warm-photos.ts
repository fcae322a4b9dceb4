// Next's image optimizer resizes a photo the first time a width and format is asked for, and keeps
// the result for good (next.config.ts `minimumCacheTTL`). That first time is slow: 1.0–2.4 s of AVIF
// encoding per width on these 2 shared cores (measured through the front), against 5 ms once kept,
// and a page's first visitor waits for it behind the page's largest picture (LCP). So after a start,
// the photos every storefront page preloads are asked for once, in every width of their srcset and
// as a browser asks (AVIF first), one at a time, so visitors meanwhile still get the server's time.

const ACCEPT_IMAGES = "image/avif,image/webp,image/apng,image/*,*/*;q=0.8";
const LOCALE_PREFIX = /^\/(zh-CN|en)(?=\/|$)/;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  return response.ok ? response.text() : "";
}

/** The srcset candidates of the page's preloaded image(s): the picture it shows first. */
function preloadedPhotos(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\bas="image"[^>]*\bimageSrcSet="([^"]+)"/g)].flatMap((match) =>
    match[1]!.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0]!.replaceAll("&amp;", "&")),
  );
}

/**
 * Asks `baseUrl` for each storefront page of its sitemap (one language: both show the same photos)
 * and for the photos each preloads. Returns how many photos it asked for.
 */
export async function warmPreloadedPhotos(baseUrl: string): Promise<{ pages: number; photos: number }> {
  const pages = new Map<string, string>();
  for (const part of locs(await text(`${baseUrl}/sitemap_index.xml`))) {
    for (const page of locs(await text(new URL(new URL(part).pathname, baseUrl).href))) {
      const path = new URL(page).pathname;
      const withoutLocale = path.replace(LOCALE_PREFIX, "") || "/";
      if (!pages.has(withoutLocale)) pages.set(withoutLocale, path);
    }
  }
  const asked = new Set<string>();
  for (const path of pages.values()) {
    for (const photo of preloadedPhotos(await text(new URL(path, baseUrl).href))) {
      if (asked.has(photo)) continue;
      asked.add(photo);
      const response = await fetch(new URL(photo, baseUrl), { headers: { accept: ACCEPT_IMAGES } });
      await response.arrayBuffer();
    }
  }
  return { pages: pages.size, photos: asked.size };
}
