"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Icon } from "@/components/seller/icons";
import { localized } from "@/lib/i18n/locales";
import type { ConsoleProduct } from "@/lib/live/pins/console";
import { formatFen } from "@/lib/money";
import { pinAction } from "./console-actions";
import { Stepper } from "./stepper";

const COUNTDOWN_MINUTES = [0, 1, 3, 5, 10];
const KNOWN_ERRORS = new Set(["not_enough_stock", "not_live", "not_found", "invalid_input", "forbidden"]);

/**
 * Pick a product by its photo, set the numbers with big steppers (units for the show, live price in
 * yuan, per-buyer limit, countdown), and pin it. The server checks every number again.
 */
export function PinForm({
  sessionId,
  products,
  currentProductId,
  onPinned,
  onRefused,
}: {
  sessionId: string;
  products: ConsoleProduct[];
  currentProductId: string | null;
  onPinned: (product: ConsoleProduct, reserved: number, priceFen: number) => void;
  onRefused: (reason: string) => void;
}) {
  const t = useTranslations("liveSelling.console");
  const locale = useLocale();
  const [selectedId, setSelectedId] = useState(products[0]?.id ?? null);
  const selected = products.find((p) => p.id === selectedId) ?? null;
  const [quantity, setQuantity] = useState(Math.min(10, Math.max(1, products[0]?.stock ?? 1)));
  const [priceYuan, setPriceYuan] = useState(Math.max(1, Math.floor((products[0]?.priceFen ?? 100) / 100)));
  const [limit, setLimit] = useState(0);
  const [minutes, setMinutes] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const choose = (product: ConsoleProduct) => {
    setSelectedId(product.id);
    setQuantity(Math.min(10, Math.max(1, product.stock)));
    setPriceYuan(Math.max(1, Math.floor(product.priceFen / 100)));
    setError(null);
  };
  const pin = () => {
    if (!selected) return;
    const priceFen = Math.round(priceYuan * 100);
    startTransition(async () => {
      const result = await pinAction({
        sessionId,
        productId: selected.id,
        reservedQuantity: quantity,
        sessionPriceFen: priceFen,
        perBuyerLimit: limit > 0 ? limit : null,
        countdownSeconds: minutes > 0 ? minutes * 60 : null,
      });
      if (result.ok) {
        setError(null);
        onPinned(selected, quantity, priceFen);
      } else {
        const reason = t(`errors.${KNOWN_ERRORS.has(result.error) ? result.error : "unknown"}`);
        setError(reason);
        onRefused(reason);
      }
    });
  };

  return (
    <section aria-label={t("pickProduct")} className="flex flex-col gap-3">
      <h2 className="flex items-center gap-2 text-lg font-bold">
        <Icon name="album" className="h-6 w-6" />
        {t("pickProduct")}
      </h2>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6">
        {products.map((product) => {
          const title = localized(locale, product.titleZh, product.titleEn);
          const isSelected = product.id === selectedId;
          return (
            <li key={product.id}>
              <button
                type="button"
                aria-pressed={isSelected}
                aria-label={title}
                data-testid="console-product"
                onClick={() => choose(product)}
                className={`relative flex w-full flex-col overflow-hidden rounded-2xl bg-white text-left ring-1 ring-earth-100 ${
                  isSelected ? "ring-4 ring-turquoise-500" : ""
                }`}
              >
                {product.imageId ? (
                  // biome-ignore lint/performance/noImgElement: photos are served from the database by /images/:id
                  <img
                    src={`/images/${product.imageId}`}
                    alt=""
                    className="aspect-square w-full object-cover"
                  />
                ) : (
                  <span className="flex aspect-square w-full items-center justify-center bg-earth-100">
                    <Icon name="box" className="h-10 w-10 text-earth-700" />
                  </span>
                )}
                {product.id === currentProductId && (
                  <span className="absolute top-1 left-1 rounded-full bg-red-600 p-1 text-white">
                    <Icon name="pin" className="h-5 w-5" label={t("pinned")} />
                  </span>
                )}
                {isSelected && (
                  <span className="absolute top-1 right-1 rounded-full bg-turquoise-700 p-1 text-white">
                    <Icon name="check" className="h-5 w-5" />
                  </span>
                )}
                <span className="flex items-center justify-between gap-1 px-2 py-1 text-sm">
                  <span className="font-semibold">{formatFen(product.priceFen, locale)}</span>
                  <span className="flex items-center gap-0.5 text-earth-700">
                    <Icon name="stack" className="h-4 w-4" />
                    {product.stock}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {selected && (
        <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100">
          <p className="font-semibold">
            {localized(locale, selected.titleZh, selected.titleEn)} ·{" "}
            <span className="text-earth-700">{t("stock", { count: selected.stock })}</span>
          </p>
          <div className="flex flex-wrap gap-4">
            <Stepper
              label={t("quantity")}
              value={quantity}
              onChange={setQuantity}
              min={1}
              max={Math.max(1, selected.stock)}
              testId="console-quantity"
            />
            <Stepper
              label={t("price")}
              value={priceYuan}
              onChange={setPriceYuan}
              min={0.01}
              testId="console-price"
            />
            <Stepper
              label={limit > 0 ? t("limit") : `${t("limit")} · ${t("noLimit")}`}
              value={limit}
              onChange={setLimit}
              min={0}
              max={99}
              testId="console-limit"
            />
          </div>
          <div className="flex flex-col gap-1">
            <span className="flex items-center gap-1 text-sm font-semibold text-earth-700">
              <Icon name="clock" className="h-5 w-5" />
              {t("countdown")}
            </span>
            <div className="flex flex-wrap gap-2">
              {COUNTDOWN_MINUTES.map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={minutes === value}
                  onClick={() => setMinutes(value)}
                  className={`min-h-12 rounded-full px-4 font-semibold ${
                    minutes === value ? "bg-turquoise-700 text-white" : "bg-earth-100"
                  }`}
                >
                  {value === 0 ? t("noCountdown") : t("minutes", { count: value })}
                </button>
              ))}
            </div>
          </div>
          <button
            type="button"
            disabled={pending}
            onClick={pin}
            data-testid="console-pin"
            className="flex min-h-16 items-center justify-center gap-2 rounded-2xl bg-red-600 text-xl font-bold text-white hover:bg-red-700 disabled:opacity-60"
          >
            <Icon name="pin" className="h-8 w-8" />
            {pending ? t("pinning") : t("pin")}
          </button>
          {error && (
            <p role="alert" className="flex items-center gap-2 font-semibold text-red-700">
              <Icon name="alert" className="h-6 w-6" />
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
