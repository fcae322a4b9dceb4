"use client";

import Link from "next/link";
import { preload } from "react-dom";
import { PREFETCH_ON_INTENT } from "@/components/navigation/intent";
import { photoSrcSet, photoUrl } from "./photo-url";

/** One card as the server worked it out: texts in the page's language, the price already formatted. */
export type ProductCardItem = {
  id: string;
  href: string;
  title: string;
  shop: string;
  price: string;
  unit: string;
  photo: string | null;
  soldOut: boolean;
};

export type ProductCardLabels = { soldOut: string; noPhoto: string };

// A card is at most a quarter of the 72rem page on a desktop and half a phone's width: 640 px covers a
// phone at 3× and 360 px a desktop at 1×, so the optimizer's larger sizes are never asked for here.
const CARD_WIDTHS = [256, 360, 480, 640] as const;
const CARD_SRC_WIDTH = 640;
const CARD_SIZES = "(min-width: 1024px) 288px, 50vw";

/**
 * The cards of a product list. A client component fed plain data, so a list page's payload carries
 * each product's few texts rather than its whole markup twice (the HTML and the server components'
 * tree); with 24 cards that is most of a category page's bytes, and serving cost grows with them.
 */
export function ProductCards({
  items,
  eagerCount,
  labels,
}: {
  items: ProductCardItem[];
  eagerCount: number;
  labels: ProductCardLabels;
}) {
  return items.map((item, index) => (
    <li key={item.id}>
      <ProductCard
        item={item}
        eager={index < eagerCount}
        preloaded={index === 0 && eagerCount > 0}
        labels={labels}
      />
    </li>
  ));
}

function ProductCard({
  item,
  eager,
  preloaded,
  labels,
}: {
  item: ProductCardItem;
  eager: boolean;
  preloaded: boolean;
  labels: ProductCardLabels;
}) {
  return (
    <Link
      href={item.href}
      {...PREFETCH_ON_INTENT}
      className="group flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-earth-100 transition hover:shadow-md hover:ring-turquoise-500"
    >
      <div className="relative">
        {item.photo ? (
          <CardPhoto
            id={item.photo}
            alt={item.title}
            eager={eager}
            preloaded={preloaded}
            dim={item.soldOut}
          />
        ) : (
          <div className="flex aspect-square items-center justify-center bg-earth-100 text-sm text-earth-700">
            {labels.noPhoto}
          </div>
        )}
        {item.soldOut && (
          <span className="absolute top-2 left-2 rounded-full bg-earth-900/85 px-3 py-1 text-sm font-semibold text-white">
            {labels.soldOut}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 font-semibold leading-snug group-hover:text-turquoise-700">
          {item.title}
        </h3>
        <p className="truncate text-sm text-earth-700">{item.shop}</p>
        <div className="mt-auto pt-1">
          <p className="flex flex-wrap items-baseline gap-x-1">
            <span className="font-bold text-earth-900 text-lg">{item.price}</span>
            <span className="text-sm text-earth-700">{item.unit}</span>
          </p>
        </div>
      </div>
    </Link>
  );
}

/**
 * The first row's photos load at once and first; the very first, the likeliest largest paint, is also
 * announced in the head so the browser fetches it before it has laid out the page.
 */
function CardPhoto({
  id,
  alt,
  eager,
  preloaded,
  dim,
}: {
  id: string;
  alt: string;
  eager: boolean;
  preloaded: boolean;
  dim: boolean;
}) {
  const srcSet = photoSrcSet(id, CARD_WIDTHS);
  const src = photoUrl(id, CARD_SRC_WIDTH);
  if (preloaded)
    preload(src, { as: "image", imageSrcSet: srcSet, imageSizes: CARD_SIZES, fetchPriority: "high" });
  return (
    // biome-ignore lint/performance/noImgElement: the optimizer's URLs are written by photo-url.ts
    <img
      src={src}
      srcSet={srcSet}
      sizes={CARD_SIZES}
      alt={alt}
      width={CARD_SRC_WIDTH}
      height={CARD_SRC_WIDTH}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={`aspect-square w-full bg-earth-100 object-cover ${dim ? "opacity-60 grayscale" : ""}`}
    />
  );
}
