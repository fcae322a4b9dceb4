import { sessionUserId } from "@/lib/auth/session";
import { redirectToPath } from "@/lib/http/redirect";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { storePath } from "@/lib/i18n/paths";
import { openConversation } from "@/lib/messages/open";
import { foreignOrigin, refusal } from "@/lib/messages/route-result";

const seeOther = (path: string) => redirectToPath(path, 303);

/**
 * "Ask the shop" (a plain form on a product, shop or order page) opens the buyer's conversation and
 * answers 303 to it. A plain form post, not a server action: the browser then loads the
 * conversation as a new document, whose Permissions-Policy lets it use the microphone (a
 * client-side navigation would keep the product page's policy, which does not).
 */
export async function POST(request: Request) {
  if (foreignOrigin(request)) return refusal(403, "forbidden");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal(400, "invalid_input");
  }
  const requested = form.get("locale");
  const locale = typeof requested === "string" && isLocale(requested) ? requested : defaultLocale;
  const returnTo = form.get("returnTo");
  const userId = await sessionUserId();
  if (!userId) {
    const back = typeof returnTo === "string" && /^\/(?!\/)/.test(returnTo) ? returnTo : storePath(locale);
    return seeOther(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  const input = {
    shopSlug: form.get("shopSlug") ?? undefined,
    productId: form.get("productId") ?? undefined,
    orderId: form.get("orderId") ?? undefined,
  };
  const result = await openConversation(userId, input);
  if (!result.ok && result.error === "invalid_input") return refusal(400, "invalid_input");
  return seeOther(storePath(locale, result.ok ? `/messages/${result.data.conversationId}` : "/messages"));
}
