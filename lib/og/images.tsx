import "server-only";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getProduct } from "@/lib/catalog/product";
import { getShopPage } from "@/lib/catalog/shop";
import { type Locale, localized } from "@/lib/i18n/locales";
import enCommon from "@/messages/en/common.json";
import enStore from "@/messages/en/store.json";
import zhCommon from "@/messages/zh-CN/common.json";
import zhStore from "@/messages/zh-CN/store.json";
import { OG_SIZE, ProductCard, SHOP_PHOTO_SIDE, ShopCard } from "./cards";
import { ogFonts } from "./font";
import { squarePhotoDataUrl } from "./photo";
import { clip, placeLine, priceLine } from "./text";

const SITE_NAME = { "zh-CN": zhCommon.siteName, en: enCommon.siteName };
const WORDS = { "zh-CN": zhStore, en: enStore };

// A crawler or chat app fetches the card once and keeps it; a day lets a new price reach the next share.
const CACHE = { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" };

/** The card for a visible product: its first photo, title, price and shop; a 404 for anything hidden. */
export async function productOgImage(id: string, locale: Locale): Promise<ImageResponse> {
  const product = await getProduct(id);
  if (!product) notFound();
  const cover = product.images[0];
  const [photo, fonts] = await Promise.all([
    cover ? squarePhotoDataUrl(cover.id, OG_SIZE.height) : undefined,
    ogFonts(),
  ]);
  return new ImageResponse(
    <ProductCard
      title={clip(localized(locale, product.titleZh, product.titleEn), 40)}
      shopName={clip(localized(locale, product.shop.nameZh, product.shop.nameEn), 24)}
      price={priceLine(locale, product.priceFen, product.unit)}
      photo={photo}
      noPhoto={WORDS[locale].noPhoto}
      soldOut={product.stock < 1 ? WORDS[locale].soldOut : undefined}
      siteName={SITE_NAME[locale]}
    />,
    { ...OG_SIZE, fonts, headers: CACHE },
  );
}

/** The card for an open shop: its name, place, story and newest product photos; a 404 otherwise. */
export async function shopOgImage(slug: string, locale: Locale): Promise<ImageResponse> {
  const data = await getShopPage(slug, 1);
  if (!data) notFound();
  const { shop } = data;
  const coverIds = data.products.flatMap((product) => product.images.map((image) => image.id)).slice(0, 4);
  const [photos, fonts] = await Promise.all([
    Promise.all(coverIds.map((id) => squarePhotoDataUrl(id, SHOP_PHOTO_SIDE))),
    ogFonts(),
  ]);
  return new ImageResponse(
    <ShopCard
      name={clip(localized(locale, shop.nameZh, shop.nameEn), 16)}
      place={placeLine(
        locale,
        localized(locale, shop.village.nameZh, shop.village.nameEn),
        localized(locale, shop.village.countyZh, shop.village.countyEn),
      )}
      story={clip(localized(locale, shop.storyZh, shop.storyEn), locale === "en" ? 150 : 72)}
      photos={photos.filter((photo) => photo !== undefined)}
      siteName={SITE_NAME[locale]}
    />,
    { ...OG_SIZE, fonts, headers: CACHE },
  );
}
