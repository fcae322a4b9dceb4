import Image from "next/image";
import { getTranslations } from "next-intl/server";

type Props = {
  image: { id: string; width: number; height: number } | undefined;
  alt: string;
  /** Above the fold: load at once. Everything else waits until it scrolls near. */
  eager?: boolean;
  className?: string;
  sizes?: string;
};

/** A stored product photo (served by /images/[id] to the optimizer), or a calm placeholder when there is none yet. */
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
  // Resized per screen and served as AVIF or WebP by Next's optimizer, which keeps them cached;
  // the first photo on a page is the largest paint, so it is fetched first.
  return (
    <Image
      src={`/images/${image.id}`}
      width={image.width}
      height={image.height}
      alt={alt}
      sizes={sizes ?? "100vw"}
      preload={eager}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      className={`aspect-square w-full bg-earth-100 object-cover ${className}`}
    />
  );
}
