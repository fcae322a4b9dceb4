import { getTranslations } from "next-intl/server";
import { Icon } from "./icons";

/** A seller account with no shop behind it (the village office opens one). */
export async function NoShop() {
  const t = await getTranslations("seller.home");
  return (
    <div className="flex flex-col items-center gap-3 rounded-3xl bg-white p-8 text-center ring-1 ring-earth-100">
      <span className="flex h-20 w-20 items-center justify-center rounded-3xl bg-earth-100 text-earth-700">
        <Icon name="store" className="h-12 w-12" />
      </span>
      <h1 className="text-2xl font-bold">{t("noShopTitle")}</h1>
      <p>{t("noShopBody")}</p>
    </div>
  );
}
