import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import { photoSrcSet, photoUrl } from "./photo-url";

type Props = {
  image: { id: string; width: number; height: number } | undefined;
  alt: string;
  /** Above the fold: load at once. Everything else waits until it scrolls near. */
  eager?: boolean;
  className?: string;
  sizes: string;
  /** The optimizer widths the slot can use, smallest first (each one next.config.ts allows). */
  widths: readonly [number, ...number[]];
};

/**
 * A stored product photo, resized per screen and served as AVIF or WebP by Next's optimizer (which
 * keeps the copies cached), or a calm placeholder when there is none yet. A plain `<img>` rather than
 * next/image: a server component, so the page ships no image code to the browser.
 */
export async function ProductImage({ image, alt, eager = false, className = "", sizes, widths }: Props) {
  if (!image) {
    const t = await getTranslations("store");
    return (
      <div
        className={`flex aspect-square items-center justify-center bg-earth-100 text-sm text-earth-700 ${className}`}
      >
        {t("noPhoto")}
      </div>
    );
  }
  const srcSet = photoSrcSet(image.id, widths);
  const src = photoUrl(image.id, widths[widths.length - 1] ?? widths[0]);
  // The first photo on a page is the largest paint: announced in the head and fetched first.
  if (eager) preload(src, { as: "image", imageSrcSet: srcSet, imageSizes: sizes, fetchPriority: "high" });
  return (
    // biome-ignore lint/performance/noImgElement: the optimizer's URLs are written by photo-url.ts
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={`aspect-square w-full bg-earth-100 object-cover ${className}`}
    />
  );
}
