import { productOgImage } from "@/lib/og/images";
import { ogLocale } from "@/lib/og/text";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "下营村电商集市 · Xiaying Village Market";

// `locale` arrives once this file sits under app/[locale]/; until then the card is in Chinese.
export default async function Image({ params }: { params: Promise<{ id: string; locale?: string }> }) {
  const { id, locale } = await params;
  return productOgImage(id, ogLocale(locale));
}
