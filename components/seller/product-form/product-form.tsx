"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormError } from "../field-error";
import { Icon } from "../icons";
import { submitKeepingFields } from "../submit-keeping-fields";
import { CategoryPicker } from "./category-picker";
import { NameFields } from "./name-fields";
import { PhotoPicker } from "./photo-picker";
import { PricePad } from "./price-pad";
import { StatusToggle } from "./status-toggle";
import { StockStepper } from "./stock-stepper";
import type { CategoryTile, ProductFormAction, ProductFormValues } from "./types";
import { UnitPicker } from "./unit-picker";
import { useErrorText } from "./use-error-text";
import { VoiceRecorder } from "./voice-recorder";

/**
 * Adding or changing a product, in the order a seller works: photos, what it is, price, how many,
 * how it is sold, on sale or hidden, and last the words. Every field keeps what was entered when the
 * server sends it back with a problem. A seller who cannot write records a voice description instead.
 */
export function ProductForm({
  action,
  categories,
  product,
}: {
  action: ProductFormAction;
  categories: CategoryTile[];
  product?: ProductFormValues;
}) {
  const t = useTranslations("seller.form");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, null);
  const [categoryId, setCategoryId] = useState(product?.categoryId ?? "");
  const [titleZh, setTitleZh] = useState(product?.titleZh ?? "");
  const [titleEn, setTitleEn] = useState(product?.titleEn ?? "");
  // A new product's name follows the category picked, until the seller types one.
  const [autoName, setAutoName] = useState(!product);
  const errorRef = useRef<HTMLDivElement>(null);

  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const messages = Object.fromEntries(
    Object.entries(fieldErrors).map(([key, codes]) => [key, codes.map(errorText)]),
  );
  const formError = state && !state.ok ? errorText(state.error) : null;

  useEffect(() => {
    if (state && !state.ok) errorRef.current?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, [state]);

  function pickCategory(id: string) {
    setCategoryId(id);
    const category = categories.find((c) => c.id === id);
    if (autoName && category) {
      setTitleZh(category.nameZh);
      setTitleEn(category.nameEn);
    }
  }

  return (
    <form onSubmit={submitKeepingFields(formAction)} noValidate className="flex flex-col gap-4">
      {product ? <input type="hidden" name="productId" value={product.id} /> : null}
      <div ref={errorRef}>
        <FormError message={formError} />
      </div>
      <PhotoPicker existingIds={product?.imageIds ?? []} messages={messages.photos} />
      <VoiceRecorder existing={product?.voiceNote ?? null} messages={messages.voiceNote} />
      <CategoryPicker
        categories={categories}
        value={categoryId}
        onChange={pickCategory}
        messages={messages.categoryId}
      />
      <PricePad defaultValue={product?.priceYuan ?? ""} messages={messages.priceYuan} />
      <StockStepper defaultValue={product?.stock ?? 1} messages={messages.stock} />
      <UnitPicker defaultValue={product?.unit ?? "PIECE"} messages={messages.unit} />
      <StatusToggle defaultValue={product?.status ?? "ACTIVE"} messages={messages.status} />
      <NameFields
        titleZh={titleZh}
        titleEn={titleEn}
        onTitleZh={(value) => {
          setAutoName(false);
          setTitleZh(value);
        }}
        onTitleEn={(value) => {
          setAutoName(false);
          setTitleEn(value);
        }}
        descriptions={{ zh: product?.descriptionZh ?? "", en: product?.descriptionEn ?? "" }}
        autoFilled={autoName && titleZh !== ""}
        messages={messages}
      />
      <div className="sticky bottom-20 z-20 md:bottom-4">
        <button
          type="submit"
          disabled={pending}
          className="flex min-h-16 w-full items-center justify-center gap-3 rounded-2xl bg-turquoise-700 px-6 text-xl font-bold text-white shadow-lg hover:bg-turquoise-600 disabled:opacity-70"
        >
          <Icon name={pending ? "spinner" : "check"} className={`h-8 w-8 ${pending ? "animate-spin" : ""}`} />
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
