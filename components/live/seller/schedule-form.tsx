"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { type ScheduleState, scheduleShowAction } from "@/app/(seller)/seller/live/actions";
import { Icon } from "@/components/seller/icons";
import { ChoiceTile } from "@/components/seller/product-form/choice-tile";
import { shrinkPhoto } from "@/components/seller/product-form/shrink-photo";
import { FormSection } from "@/components/seller/section";
import { KeyReveal } from "./key-reveal";
import { SpeakButton } from "./speak-button";

export type ProductChoice = { id: string; title: string; price: string; imageId: string | null };

type TimeChoice = "soon" | "tonight" | "tomorrow" | "other";
const TIME_LABELS = {
  soon: "timeSoon",
  tonight: "timeTonight",
  tomorrow: "timeTomorrow",
  other: "timeOther",
} as const;

/** The time a big button stands for, in the seller's own clock. */
function timeOf(choice: Exclude<TimeChoice, "other">): Date {
  const date = new Date();
  if (choice === "soon") return new Date(date.getTime() + 10 * 60_000);
  if (choice === "tomorrow") date.setDate(date.getDate() + 1);
  date.setHours(20, 0, 0, 0);
  return date;
}

/**
 * A new show, by pictures: tap the products' photos, tap a time, maybe take a cover photo; the
 * title is optional. On success the stream key is shown once, with the RTMP server for OBS.
 */
export function ScheduleForm({ products, rtmpServer }: { products: ProductChoice[]; rtmpServer: string }) {
  const t = useTranslations("liveVideo.seller");
  const [state, action, pending] = useActionState<ScheduleState, FormData>(scheduleShowAction, null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [time, setTime] = useState<TimeChoice>(new Date().getHours() < 19 ? "tonight" : "tomorrow");
  const [otherTime, setOtherTime] = useState("");
  const [coverUrl, setCoverUrl] = useState<string | null>(null);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <KeyReveal server={rtmpServer} streamKey={state.data.streamKey} />
        <Link
          href={`/seller/live/${state.data.sessionId}`}
          className="flex min-h-16 items-center justify-center gap-2 rounded-full bg-turquoise-700 text-lg font-bold text-white hover:bg-turquoise-600"
        >
          <Icon name="play" className="h-6 w-6" />
          {t("open")}
        </Link>
      </div>
    );
  }

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errorText = (code: string | undefined) =>
    code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.failed")) : null;
  const scheduledAt =
    time === "other" ? (otherTime ? new Date(otherTime).toISOString() : "") : timeOf(time).toISOString();

  return (
    <form action={action} className="flex flex-col gap-4" aria-label={t("newShow")}>
      <FormSection
        icon="box"
        title={t("products")}
        titleId="live-products"
        invalid={Boolean(errors.productIds)}
      >
        <p className="mb-3 flex items-center gap-2 text-earth-700">
          <SpeakButton text={t("productsHint")} />
          {t("productsHint")} · <strong>{t("chosen", { count: chosen.length })}</strong>
        </p>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {products.map((product) => {
            const on = chosen.includes(product.id);
            return (
              <li key={product.id}>
                <label
                  className={`relative flex cursor-pointer flex-col overflow-hidden rounded-2xl ring-2 has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-turquoise-600 ${
                    on ? "ring-turquoise-600" : "ring-earth-100"
                  }`}
                >
                  <input
                    type="checkbox"
                    name="productIds"
                    value={product.id}
                    checked={on}
                    onChange={() =>
                      setChosen((list) =>
                        on ? list.filter((id) => id !== product.id) : [...list, product.id],
                      )
                    }
                    className="sr-only"
                  />
                  {product.imageId ? (
                    // biome-ignore lint/performance/noImgElement: the seller's own photo, small list, no optimizer needed.
                    <img
                      src={`/images/${product.imageId}`}
                      alt=""
                      className="aspect-square w-full object-cover"
                    />
                  ) : (
                    <span className="flex aspect-square items-center justify-center bg-earth-100">
                      <Icon name="box" className="h-12 w-12 text-earth-700" />
                    </span>
                  )}
                  <span className="flex items-center justify-between gap-2 bg-white p-2">
                    <span className="min-w-0 truncate text-sm font-semibold">{product.title}</span>
                    <span className="shrink-0 font-bold tabular-nums">{product.price}</span>
                  </span>
                  {on ? (
                    <span className="absolute top-2 right-2 flex h-10 w-10 items-center justify-center rounded-full bg-turquoise-700 text-lg font-black text-white ring-2 ring-white">
                      {chosen.indexOf(product.id) + 1}
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
        <FieldMessage text={errorText(errors.productIds?.[0])} />
      </FormSection>

      <FormSection icon="clock" title={t("time")} titleId="live-time" invalid={Boolean(errors.scheduledAt)}>
        <input type="hidden" name="scheduledAt" value={scheduledAt} />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" role="radiogroup" aria-labelledby="live-time">
          {(["soon", "tonight", "tomorrow", "other"] as const).map((choice) => (
            <ChoiceTile
              key={choice}
              name="timeChoice"
              value={choice}
              checked={time === choice}
              onChange={() => setTime(choice)}
              className="min-h-16"
            >
              <Icon name={choice === "other" ? "calendar" : "clock"} className="h-6 w-6" />
              {t(TIME_LABELS[choice])}
            </ChoiceTile>
          ))}
        </div>
        {time === "other" ? (
          <input
            type="datetime-local"
            aria-label={t("timeOther")}
            value={otherTime}
            onChange={(event) => setOtherTime(event.target.value)}
            className="mt-3 min-h-12 w-full rounded-xl px-3 text-lg ring-1 ring-earth-200"
          />
        ) : null}
        <FieldMessage text={errorText(errors.scheduledAt?.[0])} />
      </FormSection>

      <FormSection icon="camera" title={t("cover")} titleId="live-cover" invalid={Boolean(errors.cover)}>
        <p className="mb-3 text-earth-700">{t("coverOptional")}</p>
        <div className="flex items-center gap-3">
          <label className="relative flex min-h-16 flex-1 cursor-pointer items-center justify-center gap-3 rounded-2xl bg-turquoise-50 px-4 text-lg font-bold text-turquoise-800 has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-turquoise-600">
            <Icon name="camera" className="h-8 w-8" />
            {t("coverCamera")}
            <input
              type="file"
              name="cover"
              accept="image/*"
              capture="environment"
              className="sr-only"
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (!file) return setCoverUrl(null);
                const shrunk = await shrinkPhoto(file);
                const transfer = new DataTransfer();
                transfer.items.add(shrunk.file);
                input.files = transfer.files;
                setCoverUrl(shrunk.drawable ? URL.createObjectURL(shrunk.file) : null);
              }}
            />
          </label>
          {coverUrl ? (
            // biome-ignore lint/performance/noImgElement: a blob: preview of the photo just taken.
            <img src={coverUrl} alt="" className="h-24 w-16 rounded-xl object-cover ring-1 ring-earth-100" />
          ) : null}
        </div>
        <FieldMessage text={errorText(errors.cover?.[0])} />
      </FormSection>

      <FormSection icon="text" title={t("showTitle")} titleId="live-title" invalid={Boolean(errors.title)}>
        <input
          name="title"
          maxLength={60}
          aria-labelledby="live-title"
          aria-describedby="live-title-hint"
          className="min-h-12 w-full rounded-xl px-3 text-lg ring-1 ring-earth-200"
        />
        <p id="live-title-hint" className="mt-2 text-sm text-earth-700">
          {t("showTitleHint")}
        </p>
        <FieldMessage text={errorText(errors.title?.[0])} />
      </FormSection>

      {state && !state.ok ? (
        <p role="alert" className="rounded-2xl bg-red-50 p-3 font-semibold text-red-800 ring-1 ring-red-200">
          {errorText(state.error)}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="flex min-h-16 items-center justify-center gap-2 rounded-full bg-turquoise-700 text-xl font-bold text-white shadow-md hover:bg-turquoise-600 disabled:opacity-60"
      >
        <Icon name={pending ? "spinner" : "check"} className={`h-7 w-7 ${pending ? "animate-spin" : ""}`} />
        {pending ? t("scheduling") : t("schedule")}
      </button>
    </form>
  );
}

function FieldMessage({ text }: { text: string | null }) {
  return text ? (
    <p role="alert" className="mt-2 font-semibold text-red-800">
      {text}
    </p>
  ) : null;
}
