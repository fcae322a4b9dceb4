import { getTranslations } from "next-intl/server";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { Icon, type IconName } from "./icons";

const looks: Record<ShopStatus, { icon: IconName; className: string }> = {
  ACTIVE: { icon: "checkCircle", className: "bg-green-100 text-green-800" },
  PENDING: { icon: "clock", className: "bg-amber-100 text-amber-900" },
  SUSPENDED: { icon: "stop", className: "bg-red-100 text-red-800" },
};

export async function ShopStatusChip({ status }: { status: ShopStatus }) {
  const t = await getTranslations("seller.shopStatus");
  const look = looks[status];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 font-bold ${look.className}`}>
      <Icon name={look.icon} className="h-5 w-5" />
      {t(status)}
    </span>
  );
}

/** A pending or paused shop: a big picture first (a shop and a clock, or a stop sign), then the words. */
export async function ShopStatusNotice({ status }: { status: ShopStatus }) {
  if (status === "ACTIVE") return null;
  const t = await getTranslations("seller.home");
  const pending = status === "PENDING";
  return (
    <div
      role="status"
      className={`flex items-center gap-4 rounded-3xl p-4 ring-2 md:p-6 ${
        pending ? "bg-amber-50 text-amber-950 ring-amber-300" : "bg-red-50 text-red-900 ring-red-300"
      }`}
    >
      <div className="relative shrink-0">
        <span
          className={`flex h-20 w-20 items-center justify-center rounded-3xl ${pending ? "bg-amber-200" : "bg-red-200"}`}
        >
          <Icon name="store" className="h-12 w-12" />
        </span>
        <span
          className={`absolute -right-2 -bottom-2 flex h-10 w-10 items-center justify-center rounded-full text-white ring-4 ${
            pending ? "bg-amber-600 ring-amber-50" : "bg-red-600 ring-red-50"
          }`}
        >
          <Icon name={pending ? "clock" : "stop"} className="h-7 w-7" />
        </span>
      </div>
      <div>
        <p className="text-lg font-bold md:text-xl">{t(pending ? "pendingTitle" : "suspendedTitle")}</p>
        <p className="mt-1">{t(pending ? "pendingBody" : "suspendedBody")}</p>
      </div>
    </div>
  );
}
