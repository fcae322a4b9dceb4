import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BuyerPicture, SellerPicture } from "./role-pictures";

const tileClass =
  "flex min-h-44 flex-col items-center justify-center gap-3 rounded-2xl bg-white p-6 text-center shadow-sm ring-2 ring-earth-100 hover:ring-turquoise-500";

/** Two big pictures to pick from, for people who read little: buying or selling. */
export async function RoleTiles({ callbackQuery }: { callbackQuery: string }) {
  const t = await getTranslations("auth.signUp");
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      <li>
        <Link href={`/signup?as=buyer${callbackQuery}`} className={tileClass}>
          <BuyerPicture />
          <span className="text-xl font-bold text-turquoise-900">{t("buyerTile")}</span>
          <span className="text-earth-700">{t("buyerTileHint")}</span>
        </Link>
      </li>
      <li>
        <Link href="/signup?as=seller" className={tileClass}>
          <SellerPicture />
          <span className="text-xl font-bold text-turquoise-900">{t("sellerTile")}</span>
          <span className="text-earth-700">{t("sellerTileHint")}</span>
        </Link>
      </li>
    </ul>
  );
}
