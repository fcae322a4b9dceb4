import { getTranslations } from "next-intl/server";
import type { ProductStatus } from "@/lib/generated/prisma/client";
import { Icon } from "./icons";

/** On sale: a green open eye. Hidden: a grey closed eye. */
export async function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const t = await getTranslations("seller.products.status");
  const onSale = status === "ACTIVE";
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full py-1 pr-3 pl-1 text-sm font-bold ${
        onSale ? "bg-green-100 text-green-800" : "bg-earth-100 text-earth-700"
      }`}
    >
      <span
        className={`flex h-7 w-7 items-center justify-center rounded-full text-white ${onSale ? "bg-green-600" : "bg-earth-700"}`}
      >
        <Icon name={onSale ? "eye" : "eyeOff"} className="h-5 w-5" />
      </span>
      {t(status)}
    </span>
  );
}
