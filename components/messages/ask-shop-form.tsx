import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/seller/icons";
import { pageLocale, pageStorePath } from "@/lib/i18n/page-path";

type Props = {
  shopSlug?: string;
  productId?: string;
  orderId?: string;
  returnTo: string;
  forOrder?: boolean;
};

/**
 * "Ask the shop": a plain form (the page around it is prerendered and the same for everyone, and it
 * works before any script has loaded), which opens the buyer's conversation with the shop, with this
 * product or order attached as a card.
 */
export async function AskShopForm({ shopSlug, productId, orderId, returnTo, forOrder = false }: Props) {
  const [t, locale] = await Promise.all([getTranslations("messages"), pageLocale()]);
  return (
    // A plain post to app/api/conversations, so the conversation opens as a new document (the
    // microphone is allowed there, not here).
    <form method="post" action="/api/conversations">
      <input type="hidden" name="locale" value={locale} />
      {shopSlug ? <input type="hidden" name="shopSlug" value={shopSlug} /> : null}
      {productId ? <input type="hidden" name="productId" value={productId} /> : null}
      {orderId ? <input type="hidden" name="orderId" value={orderId} /> : null}
      <input type="hidden" name="returnTo" value={await pageStorePath(returnTo)} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center gap-2 rounded-full bg-white px-5 font-semibold text-turquoise-700 ring-1 ring-turquoise-500 hover:bg-turquoise-50"
      >
        <Icon name="chat" className="h-5 w-5" />
        {forOrder ? t("askAboutOrder") : t("askShop")}
      </button>
    </form>
  );
}
