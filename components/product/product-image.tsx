import { getTranslations } from "next-intl/server";

type Props = {
  image: { id: string; width: number; height: number } | undefined;
  alt: string;
  /** Above the fold: load at once. Everything else waits until it scrolls near. */
  eager?: boolean;
  className?: string;
  sizes?: string;
};

/** A stored product photo (served by /images/[id]), or a calm placeholder when there is none yet. */
export async function ProductImage({ image, alt, eager = false, className = "", sizes }: Props) {
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
  return (
    // biome-ignore lint/performance/noImgElement: photos come pre-sized from our own route, cached forever
    <img
      src={`/images/${image.id}`}
      width={image.width}
      height={image.height}
      alt={alt}
      sizes={sizes}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={`aspect-square w-full bg-earth-100 object-cover ${className}`}
    />
  );
}
